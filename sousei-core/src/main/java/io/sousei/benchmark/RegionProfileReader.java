package io.sousei.benchmark;

import io.sousei.indicator.IndicatorId;
import io.sousei.observation.Observation;
import io.sousei.observation.ObservationQuery;
import io.sousei.observation.ObservationRepository;
import io.sousei.region.Country;
import io.sousei.region.Region;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the region × indicator matrix of the benchmarking engines from the warehouse's read ports: every
 * region of a country at a level, one column per {@link ProfileIndicator} (the total for both sexes, all ages,
 * category {@code _T}). A region without a value gets NaN; an indicator with no value at all is a data
 * problem ({@link BenchmarkErrorCode#BENCHMARK_NO_DATA}).
 */
public final class RegionProfileReader {

    private final RegionCatalog regions;
    private final ObservationRepository observations;

    public RegionProfileReader(RegionCatalog regions, ObservationRepository observations) {
        this.regions = regions;
        this.observations = observations;
    }

    public List<Region> listRegions(Country country, RegionLevel level) {
        return regions.listRegions(country, level, null);
    }

    /** The level of a known region. */
    public RegionLevel levelOf(RegionId region) {
        return regions.getRegion(region).level();
    }

    public IndicatorMatrix read(Country country, RegionLevel level, List<ProfileIndicator> profile) {
        List<Region> found = listRegions(country, level);
        List<RegionId> ids = found.stream().map(Region::id).toList();
        Map<RegionId, Integer> row = new HashMap<>();
        for (int r = 0; r < ids.size(); r++) {
            row.put(ids.get(r), r);
        }
        double[][] values = new double[ids.size()][profile.size()];
        for (double[] v : values) {
            Arrays.fill(v, Double.NaN);
        }
        List<IndicatorId> columns = new ArrayList<>();
        for (int q = 0; q < profile.size(); q++) {
            ProfileIndicator p = profile.get(q);
            columns.add(p.indicator());
            int filled = p.indicator().equals(ProfileIndicator.AREA_KM2)
                    ? fillArea(found, values, q)
                    : fillObservations(country, level, p, row, values, q);
            if (filled == 0) {
                throw new BenchmarkException(
                        BenchmarkErrorCode.BENCHMARK_NO_DATA,
                        "no " + level.key() + " of " + country + " has " + p + "; list its periods with"
                                + " sousei export or GET /api/v1/observations/periods");
            }
        }
        return new IndicatorMatrix(ids, columns, values);
    }

    /** The priority screen's inputs for Taiwan's towns in {@link BenchmarkProfiles#TAIWAN_YEAR}. */
    public List<PriorityCandidate> priorityCandidates(Country country) {
        IndicatorMatrix m = read(
                country,
                BenchmarkProfiles.level(country),
                List.of(
                        BenchmarkProfiles.POPULATION,
                        ProfileIndicator.area(),
                        BenchmarkProfiles.POPULATION_CHANGE,
                        BenchmarkProfiles.MEDIAN_INCOME));
        List<PriorityCandidate> out = new ArrayList<>();
        for (int r = 0; r < m.regionCount(); r++) {
            out.add(new PriorityCandidate(
                    m.regions().get(r), m.value(r, 0), m.value(r, 1), m.value(r, 2), m.value(r, 3)));
        }
        return out;
    }

    private static int fillArea(List<Region> found, double[][] values, int q) {
        int filled = 0;
        for (int r = 0; r < found.size(); r++) {
            Double area = found.get(r).areaKm2();
            if (area != null) {
                values[r][q] = area;
                filled++;
            }
        }
        return filled;
    }

    private int fillObservations(
            Country country,
            RegionLevel level,
            ProfileIndicator p,
            Map<RegionId, Integer> row,
            double[][] values,
            int q) {
        int filled = 0;
        for (Observation o :
                observations.listObservations(ObservationQuery.of(p.indicator(), country, level, p.period()))) {
            Integer r = row.get(o.region());
            if (r != null && Double.isNaN(values[r][q])) {
                values[r][q] = o.value();
                filled++;
            }
        }
        return filled;
    }
}
