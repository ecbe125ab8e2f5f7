package io.sousei.economy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A region's amounts by industry (establishments, persons engaged, value added …) in one unit and period; the
 * total is the sum of the industries given.
 *
 * @param region the region id as text ({@code TW:10013010}, {@code JP:01})
 */
public record IndustryMix(String region, String period, String unit, Map<String, Double> amounts) {

    public IndustryMix {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(unit, "unit");
        amounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
        for (var e : amounts.entrySet()) {
            if (!(e.getValue() >= 0.0) || !Double.isFinite(e.getValue())) {
                throw new EconomyException(
                        EconomyErrorCode.BAD_SPEC, "amount of " + e.getKey() + " in " + region + " must be ≥ 0");
            }
        }
    }

    public double total() {
        return amounts.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public double amount(String industry) {
        return amounts.getOrDefault(industry, 0.0);
    }

    /** e<sub>i</sub> / e, or 0 for an empty region. */
    public double share(String industry) {
        double total = total();
        return total == 0.0 ? 0.0 : amount(industry) / total;
    }
}
