package io.sousei.web.fake;

import io.sousei.region.Country;
import io.sousei.region.Region;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Regions held in memory, answering like the warehouse does. Counts look-ups so tests can bound them. */
public final class FakeRegionCatalog implements RegionCatalog {

    private final Map<RegionId, Region> regions = new TreeMap<>();
    private final AtomicInteger findCalls = new AtomicInteger();

    public FakeRegionCatalog(List<Region> regions) {
        regions.forEach(r -> this.regions.put(r.id(), r));
    }

    @Override
    public Optional<Region> findRegion(RegionId id) {
        findCalls.incrementAndGet();
        return Optional.ofNullable(regions.get(id));
    }

    @Override
    public List<Region> listRegions(Country country, RegionLevel level, RegionId parent) {
        Objects.requireNonNull(country, "country");
        return regions.values().stream()
                .filter(r -> r.id().country() == country)
                .filter(r -> level == null || r.level() == level)
                .filter(r -> parent == null || parent.equals(r.parent()))
                .sorted(Comparator.comparing(Region::id))
                .toList();
    }

    public int findCalls() {
        return findCalls.get();
    }
}
