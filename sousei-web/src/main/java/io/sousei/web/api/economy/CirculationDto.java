package io.sousei.web.api.economy;

import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/economy/circulation}: production → income → expenditure, million yen; missing parts named. */
public record CirculationDto(
        String region,
        String period,
        double productionMillionYen,
        Map<String, Double> productionComponents,
        double incomeMillionYen,
        Map<String, Double> incomeComponents,
        double incomeNetInflowMillionYen,
        double circulationRatePercent,
        List<Expenditure> expenditure,
        Double expenditureClosureMillionYen,
        Map<String, String> missing,
        Map<String, String> notes) {

    public record Expenditure(String item, double residenceBasis, double workplaceBasis, double netInflow) {}
}
