package io.sousei.web.api;

import java.util.List;

/** Natural and social change of one region: by year (where vital statistics exist), by cohort, women 20–39. */
public record PopulationChangeDto(
        String regionId, List<AnnualChangeDto> annual, PeriodChangeDto period, WomenChangeDto women20To39) {}
