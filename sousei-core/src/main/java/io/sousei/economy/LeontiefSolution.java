package io.sousei.economy;

import io.sousei.economy.internal.Matrices;

/**
 * A solved model of one table: the technical coefficients A, the coefficients the model uses (A itself, or
 * (I − M̂)A for the regional model), the inverse of I minus them, and the base-year checks.
 *
 * @param hawkinsSimon true when every leading principal minor of I − (model coefficients) is positive
 * @param baseYearResidualMillionYen max |x − L f| over sectors for the table's own final demand f = x − Σ z
 *     (computed on the as-is coefficients; a table that reproduces itself has a residual near 0)
 */
public record LeontiefSolution(
        InputOutputTable table,
        IoModelSpec spec,
        double[][] technicalCoefficients,
        double[][] modelCoefficients,
        double[][] leontiefInverse,
        boolean hawkinsSimon,
        double baseYearResidualMillionYen) {

    public LeontiefSolution {
        technicalCoefficients = Matrices.copy(technicalCoefficients);
        modelCoefficients = Matrices.copy(modelCoefficients);
        leontiefInverse = Matrices.copy(leontiefInverse);
    }

    @Override
    public double[][] technicalCoefficients() {
        return Matrices.copy(technicalCoefficients);
    }

    @Override
    public double[][] modelCoefficients() {
        return Matrices.copy(modelCoefficients);
    }

    @Override
    public double[][] leontiefInverse() {
        return Matrices.copy(leontiefInverse);
    }

    public double leontiefInverse(int row, int column) {
        return leontiefInverse[row][column];
    }

    /** The output the model induces from final demand that is already in-region: L f. */
    public double[] outputFor(double[] finalDemandMillionYen) {
        return Matrices.multiply(leontiefInverse, finalDemandMillionYen);
    }

    /** (I − M̂) f for the regional model, f for the closed one. */
    public double[] inRegion(double[] demandMillionYen) {
        if (spec.model() == IoModel.CLOSED) {
            return demandMillionYen.clone();
        }
        double[] r = new double[demandMillionYen.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = spec.selfSufficiency().get(i) * demandMillionYen[i];
        }
        return r;
    }

    public String modelDescription() {
        return spec.describe();
    }
}
