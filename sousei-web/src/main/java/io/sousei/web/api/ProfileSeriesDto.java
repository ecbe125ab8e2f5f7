package io.sousei.web.api;

import java.util.List;

public record ProfileSeriesDto(
        String indicator, String name, String unit, String source, List<ObservationRowDto> rows) {}
