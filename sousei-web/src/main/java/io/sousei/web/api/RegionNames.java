package io.sousei.web.api;

import io.sousei.observation.Observation;
import io.sousei.observation.ObservationQuery;
import io.sousei.region.Region;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionId;
import io.sousei.text.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names the regions of a set of observations in one language. The regions the query selects are read
 * with one listing; any others one by one.
 */
final class RegionNames {

    private final Map<RegionId, Optional<Region>> known = new HashMap<>();
    private final Language language;

    private RegionNames(Language language) {
        this.language = language;
    }

    static RegionNames of(RegionCatalog regions, ObservationQuery query, List<Observation> rows, Language language) {
        RegionNames names = new RegionNames(language);
        if (rows.isEmpty()) {
            return names;
        }
        if (query.regions().isEmpty()) {
            regions.listRegions(query.country(), query.level(), query.parent())
                    .forEach(r -> names.known.put(r.id(), Optional.of(r)));
        }
        for (Observation row : rows) {
            names.known.computeIfAbsent(row.region(), regions::findRegion);
        }
        return names;
    }

    /** The name in the language, or null when the warehouse does not know the region. */
    String nameOf(RegionId id) {
        return known.getOrDefault(id, Optional.empty())
                .map(r -> r.name().in(language))
                .orElse(null);
    }
}
