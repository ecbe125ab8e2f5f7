package io.sousei.indicator;

/** Whether the warehouse has data for an indicator, or only declares it so that the gap is visible. */
public enum IndicatorStatus {
    AVAILABLE,
    NO_SOURCE_YET
}
