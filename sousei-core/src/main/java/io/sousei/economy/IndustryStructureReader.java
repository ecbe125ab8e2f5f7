package io.sousei.economy;

import io.sousei.observation.ObservationRepository;
import io.sousei.region.Region;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads industry mixes from the warehouse (TW {@code industry.establishments} by section; JP
 * {@code industry.employees}, {@code industry.census_establishments}, {@code industry.value_added} by JSIC
 * division) and computes the structure against the parent and the nation.
 */
public final class IndustryStructureReader {

    /** Sections and divisions, never JSIC minor groups (those overlap them) or the total. */
    private static final Pattern DIVISION = Pattern.compile("(JSIC-)?[A-Z]{1,2}");

    private final Observations observations;
    private final RegionCatalog regions;

    public IndustryStructureReader(ObservationRepository observations, RegionCatalog regions) {
        this.observations = new Observations(observations);
        this.regions = regions;
    }

    public IndustryMix mix(RegionId region, String indicator, String period) {
        Map<String, Double> divisions = new LinkedHashMap<>();
        observations.byCategory(indicator, region, period).forEach((category, value) -> {
            if (DIVISION.matcher(category).matches()) {
                divisions.put(category, value);
            }
        });
        if (divisions.isEmpty()) {
            throw new EconomyException(
                    EconomyErrorCode.NO_DATA,
                    "no " + indicator + " by industry for " + region + " in " + period
                            + "; TW: industry.establishments 2021-06; JP: industry.employees 2009–2021 (prefectures),"
                            + " industry.value_added 2011 (input–output areas)");
        }
        return new IndustryMix(region.toString(), period, indicator, divisions);
    }

    public IndustryStructure structure(RegionId region, String indicator, String period) {
        IndustryMix mix = mix(region, indicator, period);
        RegionId nationId = RegionId.nation(region.country());
        IndustryMix nation = mix(nationId, indicator, period);
        RegionId parentId = regions.getRegion(region)
                .findParent()
                .filter(p -> !p.isNation())
                .orElse(null);
        IndustryMix parent = parentId == null ? null : mix(parentId, indicator, period);
        var lqNation = IndustryStructureAnalysis.locationQuotients(mix, nation);
        var lqParent = parent == null
                ? Map.<String, OptionalDouble>of()
                : IndustryStructureAnalysis.locationQuotients(mix, parent);
        List<IndustryShare> shares = new ArrayList<>();
        for (String industry : mix.amounts().keySet()) {
            shares.add(new IndustryShare(
                    industry,
                    mix.amount(industry),
                    mix.share(industry),
                    lqParent.getOrDefault(industry, OptionalDouble.empty()),
                    lqNation.getOrDefault(industry, OptionalDouble.empty())));
        }
        return new IndustryStructure(
                region,
                parentId,
                indicator,
                period,
                mix.total(),
                shares,
                parent == null
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(IndustryStructureAnalysis.krugmanIndex(mix, parent)),
                IndustryStructureAnalysis.krugmanIndex(mix, nation),
                IndustryStructureAnalysis.herfindahlIndex(mix));
    }

    /** Shift-share of the region against the nation between two periods of the same indicator. */
    public List<ShiftShareComponents> shiftShare(RegionId region, String indicator, String base, String end) {
        RegionId nation = RegionId.nation(region.country());
        return ShiftShare.decompose(
                mix(region, indicator, base),
                mix(region, indicator, end),
                mix(nation, indicator, base),
                mix(nation, indicator, end));
    }

    /** The region's catalogue entry, so callers can refuse unknown regions before reading. */
    public Region region(RegionId id) {
        return regions.getRegion(id);
    }
}
