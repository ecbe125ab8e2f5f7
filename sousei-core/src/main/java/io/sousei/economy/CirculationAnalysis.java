package io.sousei.economy;

import io.sousei.region.RegionId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Builds the three-stage circulation account of METHODS §2.2 from the parts the data has. */
public final class CirculationAnalysis {

    private CirculationAnalysis() {}

    /**
     * @param productionComponents the parts of GRP (属地), summed; at least one
     * @param incomeMillionYen Y (属人)
     * @param expenditure the items on both bases, or empty when the data has no expenditure side
     * @param missing the reasons for whatever stage or component the caller could not supply
     */
    public static RegionalCirculation account(
            RegionId region,
            String period,
            Map<String, Double> productionComponents,
            double incomeMillionYen,
            Map<String, Double> incomeComponents,
            List<ExpenditureItem> expenditure,
            Map<String, String> missing,
            Map<String, String> notes) {
        double production = productionComponents.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        if (!(production > 0.0) || !(incomeMillionYen > 0.0)) {
            throw new EconomyException(
                    EconomyErrorCode.NO_DATA, "production and income of " + region + " must both be positive");
        }
        Map<String, String> allMissing = new LinkedHashMap<>(missing);
        OptionalDouble closure = OptionalDouble.empty();
        if (expenditure.isEmpty()) {
            allMissing.putIfAbsent("expenditure", "no expenditure-side data for this region");
        } else {
            double spentInRegion = expenditure.stream()
                    .mapToDouble(ExpenditureItem::workplaceBasis)
                    .sum();
            closure = OptionalDouble.of(spentInRegion - production);
        }
        return new RegionalCirculation(
                region,
                period,
                production,
                productionComponents,
                incomeMillionYen,
                incomeComponents,
                incomeMillionYen - production,
                production / incomeMillionYen * 100.0,
                expenditure,
                closure,
                allMissing,
                notes);
    }
}
