package io.sousei.web.api;

import java.util.List;

public record ProjectionRegionDto(String regionId, List<ProjectionYearDto> years) {}
