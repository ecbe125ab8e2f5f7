package io.sousei.web.api;

import java.util.List;

public record DatasetListDto(int count, List<DatasetDto> datasets) {}
