package io.sousei.economy;

import java.util.Arrays;
import java.util.Objects;

/**
 * Self-sufficiency rates (自給率) 1 − m<sub>i</sub> by sector, in [0, 1], with their provenance: given by the user or
 * estimated (then {@code estimate} is true and every result shows it).
 */
public record SelfSufficiencyRates(double[] rates, boolean estimate, String provenance) {

    public SelfSufficiencyRates {
        Objects.requireNonNull(provenance, "provenance");
        rates = rates.clone();
        for (double r : rates) {
            if (!(r >= 0.0 && r <= 1.0)) {
                throw new EconomyException(
                        EconomyErrorCode.BAD_SPEC, "a self-sufficiency rate must be in [0, 1], not " + r);
            }
        }
    }

    public static SelfSufficiencyRates given(double[] rates) {
        return new SelfSufficiencyRates(rates, false, "given by the user");
    }

    @Override
    public double[] rates() {
        return rates.clone();
    }

    public double get(int sector) {
        return rates[sector];
    }

    public int size() {
        return rates.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SelfSufficiencyRates s
                && Arrays.equals(rates, s.rates)
                && estimate == s.estimate
                && provenance.equals(s.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(rates), estimate, provenance);
    }

    @Override
    public String toString() {
        return Arrays.toString(rates) + (estimate ? " (estimate: " : " (") + provenance + ")";
    }
}
