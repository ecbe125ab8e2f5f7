package io.sousei.web.api;

/** A region found by a search, with its parent's name to tell namesakes apart (中正里 of which town?). */
public record SearchHitDto(RegionDto region, String parentName) {}
