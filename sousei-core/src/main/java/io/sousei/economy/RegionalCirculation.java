package io.sousei.economy;

import io.sousei.region.RegionId;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * 地域経済循環: production (GRP, 属地) → income (属人) → expenditure, with the circulation rate and what the data
 * lacks. Nothing missing is invented: an absent stage is listed in {@code missing} with the reason.
 *
 * @param productionComponents e.g. compensation (属地) and other income (属地), when known
 * @param incomeComponents e.g. compensation, property income, enterprise income (属人), when known
 * @param incomeNetInflowMillionYen Y − GRP: commuting, property income and transfers together (sign kept)
 * @param circulationRatePercent GRP / Y × 100
 * @param expenditureClosureMillionYen Σ 属地 expenditure − GRP, present when every item is given (0 = closed)
 */
public record RegionalCirculation(
        RegionId region,
        String period,
        double productionMillionYen,
        Map<String, Double> productionComponents,
        double incomeMillionYen,
        Map<String, Double> incomeComponents,
        double incomeNetInflowMillionYen,
        double circulationRatePercent,
        List<ExpenditureItem> expenditure,
        OptionalDouble expenditureClosureMillionYen,
        Map<String, String> missing,
        Map<String, String> notes) {

    public RegionalCirculation {
        productionComponents = Map.copyOf(productionComponents);
        incomeComponents = Map.copyOf(incomeComponents);
        expenditure = List.copyOf(expenditure);
        missing = Map.copyOf(missing);
        notes = Map.copyOf(notes);
    }
}
