package io.sousei.economy;

import io.sousei.economy.internal.Matrices;
import io.sousei.region.RegionId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A competitive-import input–output table of one area and year: intermediate flows z<sub>ij</sub> (sales of
 * sector i to sector j, imports included, as Japanese prefectural tables record them) and gross output x<sub>j</sub>,
 * plus whatever rows and columns the source has. Missing parts are absent, never zero.
 *
 * @param intermediateFlowsMillionYen z, rows = selling sector, columns = buying sector
 * @param valueAdded gross value added by sector; null when the table has none (see {@link #valueAdded()})
 * @param compensation compensation of employees (雇用者所得) by sector; null when absent
 * @param employment persons engaged by sector; null when absent
 * @param householdConsumption household consumption (民間消費支出) by sector; null when absent
 */
public record InputOutputTable(
        RegionId area,
        String year,
        List<Sector> sectors,
        double[][] intermediateFlowsMillionYen,
        SectorValues outputMillionYen,
        SectorValues valueAdded,
        SectorValues compensation,
        SectorValues employment,
        SectorValues householdConsumption) {

    public static final String DERIVED_VALUE_ADDED =
            "derived: output − column sum of intermediate inputs (the table has no value-added rows)";

    public InputOutputTable {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(year, "year");
        sectors = List.copyOf(sectors);
        int n = sectors.size();
        if (n == 0) {
            throw new IllegalArgumentException("a table needs at least one sector");
        }
        if (intermediateFlowsMillionYen.length != n) {
            throw new IllegalArgumentException("flows must be " + n + " × " + n);
        }
        for (double[] row : intermediateFlowsMillionYen) {
            if (row.length != n) {
                throw new IllegalArgumentException("flows must be " + n + " × " + n);
            }
        }
        intermediateFlowsMillionYen = Matrices.copy(intermediateFlowsMillionYen);
        requireSize(outputMillionYen, n, "output");
        for (int j = 0; j < n; j++) {
            if (outputMillionYen.get(j) <= 0) {
                throw new IllegalArgumentException(
                        "output of sector " + sectors.get(j).code() + " must be positive to divide by it");
            }
        }
        requireSizeIfPresent(valueAdded, n, "valueAdded");
        requireSizeIfPresent(compensation, n, "compensation");
        requireSizeIfPresent(employment, n, "employment");
        requireSizeIfPresent(householdConsumption, n, "householdConsumption");
    }

    /** A table of flows and output only, as the bundled 2015 tables are. */
    public static InputOutputTable of(
            RegionId area, String year, List<Sector> sectors, double[][] flows, double[] outputMillionYen) {
        return new InputOutputTable(
                area,
                year,
                sectors,
                flows,
                new SectorValues(outputMillionYen, "million yen", "published"),
                null,
                null,
                null,
                null);
    }

    public InputOutputTable withValueAdded(SectorValues values) {
        return new InputOutputTable(
                area,
                year,
                sectors,
                intermediateFlowsMillionYen,
                outputMillionYen,
                values,
                compensation,
                employment,
                householdConsumption);
    }

    public InputOutputTable withCompensation(SectorValues values) {
        return new InputOutputTable(
                area,
                year,
                sectors,
                intermediateFlowsMillionYen,
                outputMillionYen,
                valueAdded,
                values,
                employment,
                householdConsumption);
    }

    public InputOutputTable withEmployment(SectorValues values) {
        return new InputOutputTable(
                area,
                year,
                sectors,
                intermediateFlowsMillionYen,
                outputMillionYen,
                valueAdded,
                compensation,
                values,
                householdConsumption);
    }

    public InputOutputTable withHouseholdConsumption(SectorValues values) {
        return new InputOutputTable(
                area,
                year,
                sectors,
                intermediateFlowsMillionYen,
                outputMillionYen,
                valueAdded,
                compensation,
                employment,
                values);
    }

    @Override
    public double[][] intermediateFlowsMillionYen() {
        return Matrices.copy(intermediateFlowsMillionYen);
    }

    public int size() {
        return sectors.size();
    }

    /** Published value added, or output − intermediate inputs labelled {@link #DERIVED_VALUE_ADDED}. */
    @Override
    public SectorValues valueAdded() {
        if (valueAdded != null) {
            return valueAdded;
        }
        double[] inputs = Matrices.columnSums(intermediateFlowsMillionYen);
        double[] va = new double[size()];
        for (int j = 0; j < va.length; j++) {
            va[j] = outputMillionYen.get(j) - inputs[j];
        }
        return new SectorValues(va, "million yen", DERIVED_VALUE_ADDED);
    }

    public Optional<SectorValues> findCompensation() {
        return Optional.ofNullable(compensation);
    }

    public Optional<SectorValues> findEmployment() {
        return Optional.ofNullable(employment);
    }

    public Optional<SectorValues> findHouseholdConsumption() {
        return Optional.ofNullable(householdConsumption);
    }

    /** Final demand implied by the table (x − Σ<sub>j</sub> z<sub>ij</sub>): domestic final demand plus net exports. */
    public double[] impliedFinalDemandMillionYen() {
        double[] sales = Matrices.rowSums(intermediateFlowsMillionYen);
        double[] f = new double[size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = outputMillionYen.get(i) - sales[i];
        }
        return f;
    }

    public int indexOf(String sectorCode) {
        for (int i = 0; i < sectors.size(); i++) {
            if (sectors.get(i).code().equals(sectorCode)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireSize(SectorValues v, int n, String name) {
        Objects.requireNonNull(v, name);
        if (v.size() != n) {
            throw new IllegalArgumentException(name + " has " + v.size() + " values for " + n + " sectors");
        }
    }

    private static void requireSizeIfPresent(SectorValues v, int n, String name) {
        if (v != null) {
            requireSize(v, n, name);
        }
    }
}
