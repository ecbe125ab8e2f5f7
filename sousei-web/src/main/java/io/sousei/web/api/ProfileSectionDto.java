package io.sousei.web.api;

import java.util.List;

/** The data of one profile chart: one series per indicator, each with its rows in the observation schema. */
public record ProfileSectionDto(String key, List<ProfileSeriesDto> series) {}
