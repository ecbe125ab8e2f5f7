package io.sousei.economy;

import java.util.Locale;

/**
 * Self-sufficiency rates estimated from location quotients when a table has no import column — always an
 * estimate, and labelled so.
 *
 * <p>Row-wise FLQ (Flegg, Webber and Elliott 1995, in the row form the competitive-import model needs):
 * r<sub>i</sub> = min(1, λ · SLQ<sub>i</sub>), SLQ<sub>i</sub> = (x<sub>i</sub><sup>r</sup> / x<sup>r</sup>) /
 * (x<sub>i</sub><sup>N</sup> / x<sup>N</sup>) on gross output, λ = [log<sub>2</sub>(1 + x<sup>r</sup>/x<sup>N</sup>)]<sup>δ</sup>. A sector
 * over-represented in the region supplies its own demand; a small region imports more of everything. The
 * nation's own rates come out as 1: foreign imports cannot be estimated this way.
 */
public final class SelfSufficiencyEstimates {

    /** δ = 0.3, the value Flegg and Tohmo found to fit best across regional tables. */
    public static final double DEFAULT_FLQ_DELTA = 0.3;

    private SelfSufficiencyEstimates() {}

    public static SelfSufficiencyRates flq(InputOutputTable region, InputOutputTable nation, double delta) {
        if (!region.sectors().stream()
                .map(Sector::code)
                .toList()
                .equals(nation.sectors().stream().map(Sector::code).toList())) {
            throw new EconomyException(
                    EconomyErrorCode.BAD_SPEC, "the region's and the nation's tables must have the same sectors");
        }
        if (!(delta >= 0.0 && delta < 1.0)) {
            throw new EconomyException(EconomyErrorCode.BAD_SPEC, "the FLQ δ must be in [0, 1)");
        }
        double[] xr = region.outputMillionYen().values();
        double[] xn = nation.outputMillionYen().values();
        double totalR = sum(xr);
        double totalN = sum(xn);
        double lambda = Math.pow(Math.log1p(totalR / totalN) / Math.log(2.0), delta);
        double[] rates = new double[xr.length];
        for (int i = 0; i < rates.length; i++) {
            double slq = (xr[i] / totalR) / (xn[i] / totalN);
            rates[i] = Math.min(1.0, lambda * slq);
        }
        String provenance = String.format(
                Locale.ROOT,
                "row-wise FLQ estimate r_i = min(1, λ·SLQ_i), SLQ on gross output against %s, δ = %.2f, λ = %.4f",
                nation.area(),
                delta,
                lambda);
        return new SelfSufficiencyRates(rates, true, provenance);
    }

    private static double sum(double[] v) {
        double s = 0.0;
        for (double d : v) {
            s += d;
        }
        return s;
    }
}
