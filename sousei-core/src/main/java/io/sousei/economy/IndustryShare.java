package io.sousei.economy;

import java.util.OptionalDouble;

/**
 * One industry of a region: amount, share and location quotients against the parent and the nation.
 *
 * @param locationQuotientParent empty when the region has no parent other than the nation, or the parent has none
 */
public record IndustryShare(
        String industry,
        double amount,
        double share,
        OptionalDouble locationQuotientParent,
        OptionalDouble locationQuotientNation) {}
