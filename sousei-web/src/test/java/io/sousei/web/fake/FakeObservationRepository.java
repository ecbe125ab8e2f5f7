package io.sousei.web.fake;

import io.sousei.indicator.IndicatorId;
import io.sousei.observation.Breakdowns;
import io.sousei.observation.Observation;
import io.sousei.observation.ObservationQuery;
import io.sousei.observation.ObservationRepository;
import io.sousei.region.Country;
import io.sousei.region.Region;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Observations held in memory, filtered with the query's documented semantics (level and parent are those
 * of the region; {@code *} is every category). Remembers the last query so tests can see what was asked.
 */
public final class FakeObservationRepository implements ObservationRepository {

    private final List<Observation> observations;
    private final Map<RegionId, Region> regions;
    private final AtomicReference<ObservationQuery> lastQuery = new AtomicReference<>();
    private final AtomicInteger queries = new AtomicInteger();

    public FakeObservationRepository(List<Observation> observations, List<Region> regions) {
        this.observations = List.copyOf(observations);
        this.regions = regions.stream().collect(Collectors.toMap(Region::id, r -> r));
    }

    @Override
    public List<Observation> listObservations(ObservationQuery q) {
        lastQuery.set(q);
        queries.incrementAndGet();
        return observations.stream()
                .filter(o -> o.indicator().equals(q.indicator()))
                .filter(o -> q.country() == null || o.region().country() == q.country())
                .filter(o -> q.level() == null || levelOf(o) == q.level())
                .filter(o -> q.parent() == null || q.parent().equals(parentOf(o)))
                .filter(o -> q.regions().isEmpty() || q.regions().contains(o.region()))
                .filter(o -> q.period() == null || q.period().equals(o.period()))
                .filter(o -> o.sex() == q.sex())
                .filter(o -> q.ageGroup().equals(ObservationQuery.ANY_AGE_GROUP)
                        || o.ageGroup().equals(q.ageGroup()))
                .filter(o -> q.category().equals(ObservationQuery.ANY_CATEGORY)
                        || q.category().equals(o.category()))
                .sorted(Comparator.comparing(Observation::region).thenComparing(Observation::period))
                .limit(q.limit())
                .toList();
    }

    @Override
    public List<String> listPeriods(IndicatorId indicator, Country country, RegionLevel level) {
        return observations.stream()
                .filter(o -> o.indicator().equals(indicator) && o.region().country() == country)
                .filter(o -> level == null || levelOf(o) == level)
                .map(Observation::period)
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public Breakdowns listBreakdowns(IndicatorId indicator, Country country, RegionLevel level) {
        List<Observation> of = observations.stream()
                .filter(o -> o.indicator().equals(indicator) && o.region().country() == country)
                .filter(o -> level == null || levelOf(o) == level)
                .toList();
        return new Breakdowns(
                of.stream().map(Observation::sex).distinct().sorted().toList(),
                of.stream().map(Observation::ageGroup).distinct().sorted().toList(),
                of.stream().map(Observation::category).distinct().sorted().toList());
    }

    /** How many times observations were listed. */
    public int queries() {
        return queries.get();
    }

    public ObservationQuery lastQuery() {
        return Objects.requireNonNull(lastQuery.get(), "no query yet");
    }

    private RegionLevel levelOf(Observation o) {
        Region region = regions.get(o.region());
        return region == null ? null : region.level();
    }

    private RegionId parentOf(Observation o) {
        Region region = regions.get(o.region());
        return region == null ? null : region.parent();
    }
}
