package io.sousei.web.api;

import java.math.BigDecimal;

/** Women aged 20–39 over 30 years with and without migration, and the 人口戦略会議 class. */
public record WomenChangeDto(
        int fromYear,
        int toYear,
        BigDecimal fromPersons,
        BigDecimal toPersons,
        BigDecimal toPersonsClosed,
        BigDecimal changePercent,
        BigDecimal changePercentClosed,
        String classification,
        String classificationJa) {}
