package io.sousei.profile;

import io.sousei.region.Region;
import java.util.List;
import java.util.Optional;

/**
 * Where a region stands: its headline figures against its parent and the nation, and the series of its
 * charts. Sections without data are left out, so a profile holds only what the warehouse has.
 *
 * @param parent null for a nation
 */
public record RegionProfile(
        Region region, Region parent, Region nation, List<Figure> headline, List<ProfileSection> sections) {

    public RegionProfile {
        headline = List.copyOf(headline);
        sections = List.copyOf(sections);
    }

    public Optional<Region> findParent() {
        return Optional.ofNullable(parent);
    }
}
