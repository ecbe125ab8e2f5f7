package io.sousei.population;

import java.util.Objects;

/**
 * One step of the IPSS municipal method (社人研 地域別将来推計人口, METHODS §1.4): survival ratios and net migration
 * rates for ages 5+, and for ages 0–4 the child–woman ratio at the end of the step (子ども女性比: children 0–4 of
 * both sexes per woman aged 15–49) with the 0–4 sex ratio (0–4歳性比, boys per 100 girls).
 */
public record IpssStepAssumptions(
        SurvivalRatios survival,
        NetMigrationRates netMigration,
        double childWomanRatio,
        double sexRatio0to4MalesPer100Females) {

    public IpssStepAssumptions {
        Objects.requireNonNull(survival, "survival");
        Objects.requireNonNull(netMigration, "netMigration");
        if (!survival.ageGroups().equals(netMigration.ageGroups())) {
            throw new IllegalArgumentException("survival and migration use different age groups");
        }
        if (!(childWomanRatio >= 0) || !Double.isFinite(childWomanRatio)) {
            throw new IllegalArgumentException("a child–woman ratio is finite and non-negative: " + childWomanRatio);
        }
        if (!(sexRatio0to4MalesPer100Females > 0) || !Double.isFinite(sexRatio0to4MalesPer100Females)) {
            throw new IllegalArgumentException(
                    "the 0–4 sex ratio is boys per 100 girls, positive: " + sexRatio0to4MalesPer100Females);
        }
    }

    /**
     * The assumptions that continue a past period unchanged: its survival, its residual net migration rates, and
     * the child–woman ratio and 0–4 sex ratio of its later census (the 日本創成会議 2014 "no convergence" idea).
     */
    public static IpssStepAssumptions continuing(IntercensalPeriod period, MigrationRateConvention convention) {
        return new IpssStepAssumptions(
                period.survival(),
                NetMigrationRates.residual(period, convention),
                period.later().childWomanRatio(),
                period.later().sexRatio0to4MalesPer100Females());
    }

    public IpssStepAssumptions withNetMigration(NetMigrationRates rates) {
        return new IpssStepAssumptions(survival, rates, childWomanRatio, sexRatio0to4MalesPer100Females);
    }

    public IpssStepAssumptions withChildWomanRatio(double ratio) {
        return new IpssStepAssumptions(survival, netMigration, ratio, sexRatio0to4MalesPer100Females);
    }
}
