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
    public static final String BENCHMARK = ROOT + "/benchmark";
    public static final String BENCHMARK_INDEX = BENCHMARK + "/index";
    public static final String BENCHMARK_PRIORITY = BENCHMARK + "/priority";
    public static final String BENCHMARK_NEIGHBOURS = BENCHMARK + "/neighbours";
    public static final String BENCHMARK_TYPOLOGY = BENCHMARK + "/typology";
    public static final String SEARCH = ROOT + "/search";
    public static final String REGION_PROFILE = REGION + "/profile";
    public static final String REGION_BOUNDARY = REGION + "/boundary";
    public static final String BOUNDARIES = ROOT + "/boundaries";
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
            BENCHMARK_INDEX,
            BENCHMARK_PRIORITY,
            BENCHMARK_NEIGHBOURS,
            BENCHMARK_TYPOLOGY,
            SEARCH,
            REGION_PROFILE,
            REGION_BOUNDARY,
            BOUNDARIES,
            POPULATION_PROJECTION,
            POPULATION_CHANGE);

    private ApiPaths() {}
}
