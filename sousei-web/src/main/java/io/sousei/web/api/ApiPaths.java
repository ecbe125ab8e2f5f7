package io.sousei.web.api;

import java.util.List;

/** The routes of the read API, version 1. */
public final class ApiPaths {

    public static final String ROOT = "/api/v1";
    public static final String HEALTH = ROOT + "/health";
    public static final String REGIONS = ROOT + "/regions";
    public static final String REGION = REGIONS + "/{id}";
    public static final String INDICATORS = ROOT + "/indicators";
    public static final String INDICATOR = INDICATORS + "/{id}";
    public static final String DATASETS = ROOT + "/datasets";
    public static final String DATASET = DATASETS + "/{id}";
    public static final String OBSERVATIONS = ROOT + "/observations";
    public static final String PERIODS = OBSERVATIONS + "/periods";
    public static final String POPULATION_PROJECTION = ROOT + "/population/projection";
    public static final String POPULATION_CHANGE = ROOT + "/population/change";

    public static final List<String> ALL = List.of(
            HEALTH,
            REGIONS,
            REGION,
            INDICATORS,
            INDICATOR,
            DATASETS,
            DATASET,
            OBSERVATIONS,
            PERIODS,
            POPULATION_PROJECTION,
            POPULATION_CHANGE);

    private ApiPaths() {}
}
