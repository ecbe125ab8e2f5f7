package io.sousei.economy;

import java.util.Arrays;
import java.util.Objects;

/**
 * One number per sector, in the sectors' order, with its unit and where it comes from (published, derived, or
 * estimated — say which).
 *
 * @param provenance how the values were obtained, in words a reader of the result can check
 */
public record SectorValues(double[] values, String unit, String provenance) {

    public SectorValues {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(provenance, "provenance");
        values = values.clone();
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("sector values must be finite: " + Arrays.toString(values));
            }
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public double get(int sector) {
        return values[sector];
    }

    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SectorValues s
                && Arrays.equals(values, s.values)
                && unit.equals(s.unit)
                && provenance.equals(s.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(values), unit, provenance);
    }

    @Override
    public String toString() {
        return Arrays.toString(values) + " " + unit + " (" + provenance + ")";
    }
}
