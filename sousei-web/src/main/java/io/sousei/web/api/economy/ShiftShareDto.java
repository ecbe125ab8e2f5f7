package io.sousei.web.api.economy;

import java.util.List;

/** {@code GET /api/v1/economy/shift-share}: classic shift-share against the nation; parts sum to the change. */
public record ShiftShareDto(String region, String indicator, String base, String end, List<Industry> industries) {

    public record Industry(
            String industry,
            double baseAmount,
            double change,
            double nationalShare,
            double industryMix,
            double regionalShift) {}
}
