package io.sousei.web.api;

import java.util.List;

public record IndicatorListDto(String lang, int count, List<IndicatorDto> indicators) {}
