package io.sousei.web.api;

import java.math.BigDecimal;
import java.util.List;

/** A projection: the spec as understood and, per region, the persons by year, sex and age group. */
public record ProjectionDto(
        String country,
        String method,
        int baseYear,
        int horizonYear,
        BigDecimal tfr,
        Integer tfrYear,
        BigDecimal migration,
        boolean adjustNational,
        List<String> ageGroups,
        List<ProjectionRegionDto> regions) {}
