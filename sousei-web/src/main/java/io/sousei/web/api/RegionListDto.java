package io.sousei.web.api;

import java.util.List;

public record RegionListDto(String lang, int count, List<RegionDto> regions) {}
