package io.sousei.population;

/** Which engine made a projection, kept with the result as provenance. */
public enum ProjectionMethod {
    /** Generic cohort-component, births from ASFR (PHG ch. 6). */
    COHORT_COMPONENT,
    /** IPSS municipal method: children from the child–woman ratio. */
    IPSS_MUNICIPAL,
    /** Cohort-component for several regions with a migration pool (out-rates × allocation shares). */
    POOL_MIGRATION,
    /** Cohort-change ratios from two censuses. */
    HAMILTON_PERRY
}
