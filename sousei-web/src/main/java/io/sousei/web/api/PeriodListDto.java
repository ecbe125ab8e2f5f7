package io.sousei.web.api;

import java.util.List;

/** @param level null when the periods of every level are listed */
public record PeriodListDto(String indicator, String country, String level, List<String> periods) {}
