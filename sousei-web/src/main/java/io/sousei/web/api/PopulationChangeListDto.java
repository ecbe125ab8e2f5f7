package io.sousei.web.api;

import java.util.List;

public record PopulationChangeListDto(String country, int baseYear, List<PopulationChangeDto> regions) {}
