package io.sousei.web.api;

import java.util.List;

public record SearchResultDto(String query, String lang, int count, List<SearchHitDto> hits) {}
