package io.sousei.benchmark;

import io.sousei.indicator.IndicatorId;

/** An indicator that sets a cluster apart: its mean z-score in the cluster (&gt; 0: above the average). */
public record ClusterTrait(IndicatorId indicator, double meanStandardScore) {}
