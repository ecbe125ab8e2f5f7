package io.sousei.web.api.economy;

import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/economy/io/multipliers}: the model is always named; absent measures carry their reason. */
public record MultipliersDto(
        String area,
        String year,
        String modelKind,
        String model,
        boolean hawkinsSimon,
        double baseYearResidualMillionYen,
        Map<String, String> absent,
        Map<String, String> notes,
        List<SectorMultipliersDto> sectors) {}
