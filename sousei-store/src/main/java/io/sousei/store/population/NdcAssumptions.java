package io.sousei.store.population;

import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.SurvivalRatios;
import java.util.List;
import java.util.TreeMap;

/**
 * The NDC 2020 national projection's assumptions (medium variant): death rates by sex and single age for the listed
 * years, interpolated linearly in between and held outside; TFR, ASFR and sex ratio at birth by year.
 */
final class NdcAssumptions {

    private final TreeMap<Integer, double[][]> deathRates = new TreeMap<>();
    private final TreeMap<Integer, Double> tfr = new TreeMap<>();
    private final TreeMap<Integer, double[]> asfr = new TreeMap<>();
    private final TreeMap<Integer, Double> sexRatioAtBirth = new TreeMap<>();

    NdcAssumptions(PopulationReads reads) {
        List<String> years = java.util.stream.IntStream.rangeClosed(2020, 2070)
                .mapToObj(String::valueOf)
                .toList();
        for (ObservedRow r : reads.rows("population.assumption.death_rate", "TW", "nation", years)) {
            int s = "M".equals(r.sex()) ? 0 : 1;
            int age = r.ageGroup().endsWith("+")
                    ? Integer.parseInt(r.ageGroup().substring(0, r.ageGroup().length() - 1))
                    : Integer.parseInt(r.ageGroup().substring(0, r.ageGroup().indexOf('-')));
            deathRates.computeIfAbsent(Integer.parseInt(r.period()), k -> new double[2][101])[s][age] = r.value();
        }
        for (ObservedRow r : reads.rows("population.assumption.tfr", "TW", "nation", years)) {
            if ("medium".equals(r.category())) {
                tfr.put(Integer.parseInt(r.period()), r.value());
            }
        }
        for (ObservedRow r : reads.rows("population.assumption.sex_ratio_at_birth", "TW", "nation", years)) {
            if ("medium".equals(r.category())) {
                sexRatioAtBirth.put(Integer.parseInt(r.period()), r.value());
            }
        }
        for (ObservedRow r : reads.rows("population.assumption.asfr", "TW", "nation", years)) {
            if ("medium".equals(r.category())) {
                int lower = SexAgeTable.lowerBoundOfFiveYearOrOpen(r.ageGroup());
                asfr.computeIfAbsent(Integer.parseInt(r.period()), k -> new double[7])[(lower - 15) / 5] =
                        r.value() / 1000;
            }
        }
        if (deathRates.isEmpty() || tfr.isEmpty() || asfr.isEmpty()) {
            throw new io.sousei.population.PopulationProjectionException(
                    io.sousei.population.PopulationErrorCode.POPULATION_DATA_MISSING,
                    "the NDC 2020 assumptions (population.assumption.*) are not in the warehouse: import the TW pack");
        }
    }

    /** Survival at a (fractional) year: rates interpolated between the listed years, held before and after. */
    SurvivalRatios survivalAt(FiveYearAgeGroups groups, double year) {
        var lo = deathRates.floorEntry((int) Math.floor(year));
        var hi = deathRates.ceilingEntry((int) Math.ceil(year));
        if (lo == null) {
            return Mortality.fromSingleYearRates(groups, hi.getValue());
        }
        if (hi == null || hi.getKey().equals(lo.getKey())) {
            return Mortality.fromSingleYearRates(groups, lo.getValue());
        }
        double w = (year - lo.getKey()) / (hi.getKey() - lo.getKey());
        double[][] m = new double[2][101];
        for (int s = 0; s < 2; s++) {
            for (int a = 0; a < 101; a++) {
                m[s][a] = (1 - w) * lo.getValue()[s][a] + w * hi.getValue()[s][a];
            }
        }
        return Mortality.fromSingleYearRates(groups, m);
    }

    /** Medium TFR at a (fractional) year, linear between years, held outside 2020–2070. */
    double tfrAt(double year) {
        var lo = tfr.floorEntry((int) Math.floor(year));
        var hi = tfr.ceilingEntry((int) Math.ceil(year));
        if (lo == null) {
            return hi.getValue();
        }
        if (hi == null) {
            return lo.getValue();
        }
        return hi.getKey().equals(lo.getKey())
                ? lo.getValue()
                : lo.getValue() + (hi.getValue() - lo.getValue()) * (year - lo.getKey()) / (hi.getKey() - lo.getKey());
    }

    int firstYear() {
        return tfr.firstKey();
    }

    /** The age pattern of the first year's medium ASFR, summing to 1. */
    double[] fertilityAgePattern() {
        double[] a = asfr.firstEntry().getValue();
        double sum = java.util.Arrays.stream(a).sum();
        return java.util.Arrays.stream(a).map(v -> v / sum).toArray();
    }

    /** Males per female at birth, first year of the medium variant. */
    double sexRatioAtBirth() {
        return sexRatioAtBirth.isEmpty() ? 1.05 : sexRatioAtBirth.firstEntry().getValue() / 100;
    }
}
