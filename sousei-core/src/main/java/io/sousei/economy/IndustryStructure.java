package io.sousei.economy;

import io.sousei.region.RegionId;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A region's industry structure for one indicator and period.
 *
 * @param parent the region the parent quotients are taken against; null when that is the nation
 * @param krugmanIndexParent empty without a parent
 */
public record IndustryStructure(
        RegionId region,
        RegionId parent,
        String indicator,
        String period,
        double total,
        List<IndustryShare> industries,
        OptionalDouble krugmanIndexParent,
        double krugmanIndexNation,
        double herfindahlIndex) {

    public IndustryStructure {
        industries = List.copyOf(industries);
    }
}
