package io.sousei.region;

import java.util.List;
import java.util.Optional;

/** The regions the warehouse knows. Implemented by the store. */
public interface RegionCatalog {

    Optional<Region> findRegion(RegionId id);

    default Region getRegion(RegionId id) {
        return findRegion(id).orElseThrow(() -> new UnknownRegionException(id));
    }

    /** Regions of a country, optionally restricted to a level and to the children of a parent, by id. */
    List<Region> listRegions(Country country, RegionLevel level, RegionId parent);
}
