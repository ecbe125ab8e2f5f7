package io.sousei.economy;

/**
 * The classic (Dunn) shift-share split of one industry's change in a region; the three parts sum to the change.
 *
 * @param nationalShare e<sup>0</sup><sub>ir</sub> · g<sub>N</sub>
 * @param industryMix e<sup>0</sup><sub>ir</sub> · (g<sub>iN</sub> − g<sub>N</sub>)
 * @param regionalShift e<sup>0</sup><sub>ir</sub> · (g<sub>ir</sub> − g<sub>iN</sub>), the competitive effect
 */
public record ShiftShareComponents(
        String industry,
        double baseAmount,
        double change,
        double nationalShare,
        double industryMix,
        double regionalShift) {}
