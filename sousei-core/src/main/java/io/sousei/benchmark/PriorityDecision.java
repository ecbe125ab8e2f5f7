package io.sousei.benchmark;

import io.sousei.region.RegionId;

/**
 * The screen's answer for one region: selected or not, which criteria it meets, and its type when a label
 * list gives one (else null).
 */
public record PriorityDecision(
        RegionId region, boolean selected, boolean declining, boolean small, boolean lowIncome, String type) {}
