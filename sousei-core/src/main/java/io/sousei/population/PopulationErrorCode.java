package io.sousei.population;

/** Stable codes of the errors a user of the projection engines can act on. */
public enum PopulationErrorCode {
    /** The target population cannot be reached inside the search bracket: widen it or move the target. */
    POPULATION_TARGET_OUT_OF_REACH,
    /** Municipal and national projections do not share years or age groups: align them before adjusting. */
    POPULATION_NATIONAL_CONTROL_MISMATCH,
    /** The warehouse lacks the counts or rates a projection needs (base year, earlier census): import them first. */
    POPULATION_DATA_MISSING
}
