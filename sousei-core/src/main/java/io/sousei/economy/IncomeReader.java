package io.sousei.economy;

import io.sousei.observation.Observation;
import io.sousei.observation.ObservationRepository;
import io.sousei.observation.Period;
import io.sousei.region.Region;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the published TW town income-tax statistics ({@code income.*}, 2012–2018) into profiles. */
public final class IncomeReader {

    private static final List<String> PARTS =
            List.of("income.tax_units", "income.mean", "income.median", "income.q1", "income.q3", "income.cv");

    private final Observations observations;
    private final RegionCatalog regions;

    public IncomeReader(ObservationRepository observations, RegionCatalog regions) {
        this.observations = new Observations(observations);
        this.regions = regions;
    }

    public IncomeProfile profile(RegionId town) {
        Region region = regions.getRegion(town);
        if (region.level() != RegionLevel.TOWN) {
            throw new EconomyException(
                    EconomyErrorCode.BAD_SPEC, town + " is not a Taiwanese town: income profiles are by town (鄉鎮市區)");
        }
        Map<String, Map<String, Double>> byPeriod = new TreeMap<>();
        for (String part : PARTS) {
            for (Observation o : observations.list(part, town, null, Observation.TOTAL)) {
                byPeriod.computeIfAbsent(o.period(), p -> new HashMap<>()).put(part, o.value());
            }
        }
        List<TownIncome> series = new ArrayList<>();
        byPeriod.forEach((period, values) -> toIncome(town, period, values).ifPresent(series::add));
        if (series.isEmpty()) {
            throw new EconomyException(EconomyErrorCode.NO_DATA, "no income statistics for " + town);
        }
        String latest = Integer.toString(series.getLast().year());
        RegionId county = region.findParent().orElse(null);
        return IncomeAnalysis.profile(series, peers(town, county, latest), peers(town, null, latest));
    }

    private List<TownIncome> peers(RegionId town, RegionId parent, String period) {
        Map<RegionId, Map<String, Double>> byTown = new HashMap<>();
        for (String part : PARTS) {
            for (Observation o : observations.totals(part, town, RegionLevel.TOWN, parent, period)) {
                byTown.computeIfAbsent(o.region(), r -> new HashMap<>()).put(part, o.value());
            }
        }
        List<TownIncome> peers = new ArrayList<>();
        byTown.forEach((id, values) -> toIncome(id, period, values).ifPresent(peers::add));
        return peers;
    }

    private static java.util.Optional<TownIncome> toIncome(RegionId town, String period, Map<String, Double> v) {
        if (!v.keySet().containsAll(PARTS)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new TownIncome(
                town,
                Period.year(period),
                v.get("income.tax_units"),
                v.get("income.mean"),
                v.get("income.median"),
                v.get("income.q1"),
                v.get("income.q3"),
                v.get("income.cv")));
    }
}
