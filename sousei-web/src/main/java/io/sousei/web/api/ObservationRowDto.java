package io.sousei.web.api;

import java.math.BigDecimal;

/** One row of an observation table, in the columns of the observation schema. */
public record ObservationRowDto(
        String regionId,
        String regionName,
        String period,
        String sex,
        String ageGroup,
        String category,
        BigDecimal value,
        String status,
        String datasetId) {}
