package io.sousei.economy;

import java.util.OptionalDouble;

/**
 * One sector's ripple effects, million yen. Induced (second-round) effects and income effects are empty when
 * the table cannot support them; {@link RippleResult#absent()} says why.
 *
 * @param directOutput 直接効果: the shock's in-region part
 * @param indirectOutput 第1次間接波及効果: first-round output minus the direct effect
 * @param inducedOutput 第2次間接波及効果: output induced by the consumption of induced compensation
 */
public record SectorEffect(
        Sector sector,
        double directOutput,
        double indirectOutput,
        OptionalDouble inducedOutput,
        double firstRoundValueAdded,
        OptionalDouble inducedValueAdded,
        OptionalDouble firstRoundIncome,
        OptionalDouble inducedIncome) {}
