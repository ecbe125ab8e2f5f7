package io.sousei.economy;

import io.sousei.observation.ObservationRepository;
import io.sousei.region.RegionId;
import java.util.Map;
import java.util.Optional;

/**
 * Builds input–output tables from the warehouse: {@code economy.io.intermediate_flow} (category RiiCjj) and
 * {@code economy.io.output} (category ii), 2015, and persons engaged from {@code industry.employees} 2014 put on
 * the 12 sectors by {@link IoSectors#JSIC_CONCORDANCE}. The bundled tables have no value-added, compensation,
 * final-demand or import columns: value added is derived (output − inputs) and labelled; the rest is absent.
 */
public final class InputOutputTableReader {

    public static final String YEAR = "2015";
    public static final String EMPLOYMENT_PERIOD = "2014";
    public static final String EMPLOYMENT_PROVENANCE = "estimated: 2014 Economic Census persons engaged (all"
            + " establishments, public included) by JSIC minor group, summed onto the 12 sectors by major group ("
            + IoSectors.JSIC_CONCORDANCE + "); a year before the 2015 output";

    private final Observations observations;

    public InputOutputTableReader(ObservationRepository observations) {
        this.observations = new Observations(observations);
    }

    public Optional<InputOutputTable> findTable(RegionId area) {
        Map<String, Double> output = observations.byCategory("economy.io.output", area, YEAR);
        if (output.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> flows = observations.byCategory("economy.io.intermediate_flow", area, YEAR);
        int n = IoSectors.BUNDLED_2015.size();
        double[] x = new double[n];
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            String row = IoSectors.BUNDLED_2015.get(i).code();
            x[i] = output.getOrDefault(row, 0.0);
            for (int j = 0; j < n; j++) {
                z[i][j] = flows.getOrDefault(
                        "R" + row + "C" + IoSectors.BUNDLED_2015.get(j).code(), 0.0);
            }
        }
        InputOutputTable table = InputOutputTable.of(area, YEAR, IoSectors.BUNDLED_2015, z, x);
        return Optional.of(employment(area).map(table::withEmployment).orElse(table));
    }

    public InputOutputTable getTable(RegionId area) {
        return findTable(area)
                .orElseThrow(() -> new EconomyException(
                        EconomyErrorCode.NO_DATA,
                        "no input–output table for " + area + "; the bundled 2015 tables cover JP, 42 prefectures"
                                + " (not 17, 18, 29, 31, 47) and the cities JP:01100, JP:11100, JP:14100, JP:14130,"
                                + " JP:33100, JP:40130"));
    }

    /** FLQ-estimated self-sufficiency rates of the area against the national table. */
    public SelfSufficiencyRates estimateSelfSufficiency(InputOutputTable table) {
        InputOutputTable nation = getTable(RegionId.nation(table.area().country()));
        return SelfSufficiencyEstimates.flq(table, nation, SelfSufficiencyEstimates.DEFAULT_FLQ_DELTA);
    }

    /** The spec of a model for a table: the closed one, or the regional one with FLQ-estimated rates. */
    public IoModelSpec specFor(InputOutputTable table, IoModel model) {
        return specFor(table, model, Map.of());
    }

    /**
     * As {@link #specFor(InputOutputTable, IoModel)}, with self-sufficiency rates the user gives by sector code
     * (e.g. from a regional survey); sectors not given keep their FLQ estimate, and the provenance says which is
     * which. Rates need the regional model.
     */
    public IoModelSpec specFor(InputOutputTable table, IoModel model, Map<String, Double> givenRates) {
        if (model == IoModel.CLOSED) {
            if (!givenRates.isEmpty()) {
                throw new EconomyException(
                        EconomyErrorCode.BAD_SPEC,
                        "self-sufficiency rates need the regional model; the closed model takes none");
            }
            return IoModelSpec.CLOSED;
        }
        if (givenRates.isEmpty()) {
            return IoModelSpec.regional(estimateSelfSufficiency(table));
        }
        SelfSufficiencyRates estimated = estimateSelfSufficiency(table);
        double[] rates = estimated.rates();
        for (var e : givenRates.entrySet()) {
            int sector = table.indexOf(e.getKey());
            if (sector < 0) {
                throw new EconomyException(
                        EconomyErrorCode.BAD_SPEC,
                        "sector '" + e.getKey() + "' is not in the table of " + table.area() + "; its sectors are "
                                + table.sectors().stream().map(Sector::code).toList());
            }
            rates[sector] = e.getValue();
        }
        boolean all = givenRates.size() == rates.length;
        String given = String.join(", ", new java.util.TreeSet<>(givenRates.keySet()));
        return IoModelSpec.regional(new SelfSufficiencyRates(
                rates,
                !all,
                all
                        ? "given by the user"
                        : "given by the user for sectors " + given + "; the others " + estimated.provenance()));
    }

    private Optional<SectorValues> employment(RegionId area) {
        Map<String, Double> minorGroups = observations.byCategory("industry.employees", area, EMPLOYMENT_PERIOD);
        int n = IoSectors.BUNDLED_2015.size();
        double[] persons = new double[n];
        boolean any = false;
        for (var e : minorGroups.entrySet()) {
            String code = e.getKey();
            if (!code.matches("JSIC-\\d{3}")) {
                continue;
            }
            Optional<String> sector = IoSectors.sectorOfJsicMajorGroup(Integer.parseInt(code.substring(5, 7)));
            if (sector.isPresent()) {
                persons[Integer.parseInt(sector.get()) - 1] += e.getValue();
                any = true;
            }
        }
        return any ? Optional.of(new SectorValues(persons, "persons", EMPLOYMENT_PROVENANCE)) : Optional.empty();
    }
}
