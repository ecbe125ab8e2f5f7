package io.sousei.population.regional;

import java.util.List;

/**
 * The change of a region between its two counts five years apart, split by cohort comparison: social change = net
 * migrants aged 5+ at the later count; natural change and the migration of children born in the period make up the
 * rest ({@code totalChange − socialChange}).
 */
public record PeriodChange(
        int fromYear,
        int toYear,
        double fromPersons,
        double toPersons,
        double totalChangePersons,
        double socialChangePersons,
        double naturalChangeAndChildrenPersons,
        List<CohortNetMigration> netMigrationBySexAge) {

    public PeriodChange {
        netMigrationBySexAge = List.copyOf(netMigrationBySexAge);
    }
}
