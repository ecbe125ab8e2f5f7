package io.sousei.economy;

import io.sousei.economy.internal.Matrices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * 経済波及効果 to the second round, the procedure of Japanese prefectural ripple sheets (METHODS §2.3): demand ×
 * self-sufficiency = direct effect; G × direct = first-round output; induced compensation × 消費転換率 spread by
 * the household consumption pattern, made in-region, × G = second-round output.
 */
public final class RippleSimulation {

    private RippleSimulation() {}

    public static RippleResult simulate(InputOutputTable table, RippleSpec spec) {
        LeontiefSolution solution = InputOutputAnalysis.solve(table, spec.model());
        int n = table.size();
        double[] demand = new double[n];
        for (var e : spec.demandMillionYen().entrySet()) {
            int i = table.indexOf(e.getKey());
            if (i < 0) {
                throw new EconomyException(
                        EconomyErrorCode.BAD_SPEC,
                        "sector '" + e.getKey() + "' is not in the table of " + table.area() + "; its sectors are "
                                + table.sectors().stream().map(Sector::code).toList());
            }
            demand[i] += e.getValue();
        }
        double[] x = table.outputMillionYen().values();
        double[] direct = solution.inRegion(demand);
        double[] first = solution.outputFor(direct);
        double[] v = InputOutputAnalysis.perUnitOfOutput(table.valueAdded().values(), x);
        double[] vaFirst = hadamard(v, first);

        Map<String, String> absent = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("model", solution.modelDescription());
        notes.put("valueAdded", "value added " + table.valueAdded().provenance());
        notes.put(
                "prices",
                "the shock is taken at producers' prices: trade and transport margins must be stripped"
                        + " before it is entered");
        double[] w = table.findCompensation()
                .map(c -> InputOutputAnalysis.perUnitOfOutput(c.values(), x))
                .orElse(null);
        double[] incomeFirst = w == null ? null : hadamard(w, first);
        double[] second = null;
        if (w == null) {
            absent.put("income", "the table has no compensation of employees (雇用者所得) by sector");
            absent.put("induced", "second-round effects need compensation and household consumption by sector");
        } else if (table.findHouseholdConsumption().isEmpty()) {
            absent.put("induced", "the table has no household consumption column to spread induced spending");
        } else {
            double[] c = table.householdConsumption().values();
            double cTotal = Matrices.sum(c);
            double spending = spec.consumptionConversionRate() * Matrices.sum(incomeFirst);
            for (int i = 0; i < n; i++) {
                c[i] = c[i] / cTotal * spending;
            }
            second = solution.outputFor(solution.inRegion(c));
            notes.put("consumptionConversionRate", Double.toString(spec.consumptionConversionRate()));
        }

        List<SectorEffect> sectors = new ArrayList<>();
        double[] vaSecond = second == null ? null : hadamard(v, second);
        double[] incomeSecond = second == null ? null : hadamard(w, second);
        for (int i = 0; i < n; i++) {
            sectors.add(new SectorEffect(
                    table.sectors().get(i),
                    direct[i],
                    first[i] - direct[i],
                    at(second, i),
                    vaFirst[i],
                    at(vaSecond, i),
                    at(incomeFirst, i),
                    at(incomeSecond, i)));
        }
        double directTotal = Matrices.sum(direct);
        double firstTotal = Matrices.sum(first);
        double total = firstTotal + (second == null ? 0.0 : Matrices.sum(second));
        return new RippleResult(
                table.area(),
                table.year(),
                solution.modelDescription(),
                Matrices.sum(demand),
                Matrices.sum(demand) - directTotal,
                sectors,
                directTotal,
                firstTotal - directTotal,
                total(second),
                total,
                Matrices.sum(vaFirst),
                total(vaSecond),
                total(incomeFirst),
                total(incomeSecond),
                directTotal == 0.0 ? Double.NaN : total / directTotal,
                absent,
                notes);
    }

    private static double[] hadamard(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = a[i] * b[i];
        }
        return r;
    }

    private static OptionalDouble at(double[] v, int i) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v[i]);
    }

    private static OptionalDouble total(double[] v) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(Matrices.sum(v));
    }
}
