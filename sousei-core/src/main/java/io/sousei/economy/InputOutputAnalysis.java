package io.sousei.economy;

import io.sousei.economy.internal.LeontiefSolver;
import io.sousei.economy.internal.Matrices;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The input–output engine: solve a table under a model, its multipliers and linkages, round by round. */
public final class InputOutputAnalysis {

    private InputOutputAnalysis() {}

    /** Technical coefficients, the model's inverse and the base-year checks; refuses a singular I − A. */
    public static LeontiefSolution solve(InputOutputTable table, IoModelSpec spec) {
        double[] x = table.outputMillionYen().values();
        double[][] a = LeontiefSolver.technicalCoefficients(table.intermediateFlowsMillionYen(), x);
        double[][] modelA = a;
        if (spec.model() == IoModel.REGIONAL) {
            if (spec.selfSufficiency().size() != table.size()) {
                throw new EconomyException(
                        EconomyErrorCode.BAD_SPEC,
                        "give " + table.size() + " self-sufficiency rates, one per sector, not "
                                + spec.selfSufficiency().size());
            }
            modelA = LeontiefSolver.regionalCoefficients(
                    a, spec.selfSufficiency().rates());
        }
        LeontiefSolver.Inverse inverse = LeontiefSolver.inverseAndHawkinsSimon(modelA);
        double[][] l = inverse.inverse();
        if (l == null) {
            throw new EconomyException(
                    EconomyErrorCode.NOT_PRODUCTIVE, "I − A of " + table.area() + " is singular: no Leontief inverse");
        }
        // the closed model's inverse is that of A itself; the regional one needs a solve with A
        double residual = baseYearResidual(a, modelA == a ? l : null, table);
        return new LeontiefSolution(table, spec, a, modelA, l, inverse.hawkinsSimon(), residual);
    }

    /** Output, value-added, income and employment multipliers where the table supports them, and linkages. */
    public static IoMultipliers multipliers(InputOutputTable table, IoModelSpec spec) {
        LeontiefSolution solution = solve(table, spec);
        double[][] l = solution.leontiefInverse();
        double[] x = table.outputMillionYen().values();
        int n = table.size();
        double[] output = Matrices.columnSums(l);
        double[] backward = LeontiefSolver.backwardLinkages(l);
        double[] forward = LeontiefSolver.forwardLinkages(l);
        Map<String, String> absent = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();

        SectorValues va = table.valueAdded();
        double[] v = perUnitOfOutput(va.values(), x);
        double[] vaEffect = Matrices.multiply(v, l);
        notes.put("valueAddedMultiplier", "value added " + va.provenance());

        double[] w = table.findCompensation()
                .map(c -> perUnitOfOutput(c.values(), x))
                .orElse(null);
        double[] incomeEffect = w == null ? null : Matrices.multiply(w, l);
        double[] typeII = w == null ? null : typeIIIncome(table, solution, l, w, absent);
        if (w == null) {
            String reason = "the table has no compensation of employees (雇用者所得) by sector";
            absent.put("incomeMultiplier", reason);
            absent.put("incomeTypeI", reason);
            absent.put("incomeTypeII", reason);
        }
        double[] e =
                table.findEmployment().map(p -> perUnitOfOutput(p.values(), x)).orElse(null);
        double[] employment = e == null ? null : Matrices.multiply(e, l);
        if (e == null) {
            absent.put("employmentPersonsPerMillionYen", "no persons engaged by sector for this table");
        } else {
            notes.put(
                    "employmentPersonsPerMillionYen",
                    "persons engaged " + table.employment().provenance());
        }
        if (spec.model() == IoModel.REGIONAL && spec.selfSufficiency().estimate()) {
            notes.put("selfSufficiency", "ESTIMATE: " + spec.selfSufficiency().provenance());
        }

        List<SectorMultipliers> sectors = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            sectors.add(new SectorMultipliers(
                    table.sectors().get(j),
                    output[j],
                    OptionalDouble.of(vaEffect[j]),
                    ratio(vaEffect[j], v[j]),
                    incomeEffect == null ? OptionalDouble.empty() : OptionalDouble.of(incomeEffect[j]),
                    incomeEffect == null ? OptionalDouble.empty() : ratio(incomeEffect[j], w[j]),
                    typeII == null ? OptionalDouble.empty() : ratio(typeII[j], w[j]),
                    employment == null ? OptionalDouble.empty() : OptionalDouble.of(employment[j]),
                    backward[j],
                    forward[j]));
        }
        return new IoMultipliers(
                table.area(),
                table.year(),
                spec.model(),
                solution.modelDescription(),
                solution.hawkinsSimon(),
                solution.baseYearResidualMillionYen(),
                sectors,
                absent,
                notes);
    }

    /**
     * L f = f + A f + A² f + … with the model's coefficients, until a round's total is below
     * {@code toleranceMillionYen} or {@code maxRounds} rounds are listed.
     */
    public static RoundByRound roundByRound(
            LeontiefSolution solution, double[] demandMillionYen, int maxRounds, double toleranceMillionYen) {
        double[][] a = solution.modelCoefficients();
        List<List<Double>> rounds = new ArrayList<>();
        double[] round = demandMillionYen.clone();
        double listed = 0.0;
        boolean converged = false;
        for (int k = 0; k < maxRounds; k++) {
            rounds.add(boxed(round));
            double total = Matrices.sum(round);
            listed += total;
            if (Math.abs(total) < toleranceMillionYen) {
                converged = true;
                break;
            }
            round = Matrices.multiply(a, round);
        }
        double all = Matrices.sum(solution.outputFor(demandMillionYen));
        return new RoundByRound(rounds, converged, all - listed);
    }

    static double[] perUnitOfOutput(double[] values, double[] output) {
        double[] r = new double[values.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = values[j] / output[j];
        }
        return r;
    }

    /**
     * Type II: close the model with households; c = consumption / total compensation, made in-region by the model.
     * The household row of the closed inverse comes from the open inverse {@code l} (bordered-matrix identity).
     */
    private static double[] typeIIIncome(
            InputOutputTable table, LeontiefSolution solution, double[][] l, double[] w, Map<String, String> absent) {
        if (table.findHouseholdConsumption().isEmpty()) {
            absent.put("incomeTypeII", "the table has no household consumption column to close the model with");
            return null;
        }
        double totalCompensation = Matrices.sum(table.compensation().values());
        double[] c = table.householdConsumption().values();
        for (int i = 0; i < c.length; i++) {
            c[i] /= totalCompensation;
        }
        double[] household = LeontiefSolver.closedHouseholdRow(l, w, solution.inRegion(c));
        if (household == null) {
            absent.put("incomeTypeII", "the model closed with households is singular");
            return null;
        }
        return Arrays.copyOf(household, w.length);
    }

    /** max |x − (I − A)⁻¹ f| for the table's own final demand; {@code inverseOfA} when already at hand, or null. */
    private static double baseYearResidual(double[][] a, double[][] inverseOfA, InputOutputTable table) {
        double[] f = table.impliedFinalDemandMillionYen();
        double[] x = inverseOfA != null ? Matrices.multiply(inverseOfA, f) : LeontiefSolver.output(a, f);
        if (x == null) {
            return Double.NaN;
        }
        return Matrices.maxAbsDifference(x, table.outputMillionYen().values());
    }

    private static OptionalDouble ratio(double effect, double coefficient) {
        return coefficient > 0.0 ? OptionalDouble.of(effect / coefficient) : OptionalDouble.empty();
    }

    private static List<Double> boxed(double[] v) {
        List<Double> r = new ArrayList<>(v.length);
        for (double d : v) {
            r.add(d);
        }
        return r;
    }
}
