package io.sousei.economy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A final-demand shock (経済波及効果 の 最終需要増加額): amounts by sector code at producers' prices, million yen —
 * margins already stripped (METHODS §2.7.2). The model decides which share stays in the region.
 *
 * @param consumptionConversionRate 消費転換率: share of induced compensation spent on consumption in round two
 */
public record RippleSpec(IoModelSpec model, Map<String, Double> demandMillionYen, double consumptionConversionRate) {

    /**
     * 平均消費性向 of worker households, 2015 家計調査 (73.8 %), the conventional 消費転換率 of Japanese
     * prefectural ripple sheets for that year. Used only when the table has compensation and consumption.
     */
    public static final double DEFAULT_CONSUMPTION_CONVERSION_RATE = 0.738;

    public RippleSpec {
        Objects.requireNonNull(model, "model");
        demandMillionYen = Map.copyOf(new LinkedHashMap<>(demandMillionYen));
        if (demandMillionYen.isEmpty()) {
            throw new EconomyException(EconomyErrorCode.BAD_SPEC, "a shock needs at least one SECTOR=AMOUNT");
        }
        for (var e : demandMillionYen.entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                throw new EconomyException(
                        EconomyErrorCode.BAD_SPEC, "the amount for sector " + e.getKey() + " is not a number");
            }
        }
        if (!(consumptionConversionRate >= 0.0 && consumptionConversionRate <= 1.0)) {
            throw new EconomyException(EconomyErrorCode.BAD_SPEC, "the consumption conversion rate must be in [0, 1]");
        }
    }

    public static RippleSpec of(IoModelSpec model, Map<String, Double> demandMillionYen) {
        return new RippleSpec(model, demandMillionYen, DEFAULT_CONSUMPTION_CONVERSION_RATE);
    }
}
