package io.sousei.web.api.economy;

import java.util.List;

/** {@code GET /api/v1/economy/industry-structure}: shares and location quotients against parent and nation. */
public record IndustryStructureDto(
        String region,
        String parent,
        String nation,
        String indicator,
        String period,
        double total,
        Double krugmanIndexParent,
        double krugmanIndexNation,
        double herfindahlIndex,
        List<Industry> industries) {

    public record Industry(
            String industry,
            double amount,
            double share,
            Double locationQuotientParent,
            Double locationQuotientNation) {}
}
