package io.sousei.web.api.benchmark;

import java.util.List;

/** A priority screen: the rule, its totals beside the published facts, and every region. */
public record PriorityDto(
        String country,
        String lang,
        PriorityRuleDto rule,
        PriorityTotalsDto totals,
        PriorityTotalsDto published,
        List<PriorityRegionDto> regions) {}
