package io.sousei.economy;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/** Income analytics of Taiwanese towns from the published tax statistics. */
public final class IncomeAnalysis {

    private IncomeAnalysis() {}

    /**
     * @param series the town's years, any order
     * @param countyPeers every town of its county in the latest year (itself included)
     * @param nationPeers every town of the nation in the latest year (itself included)
     */
    public static IncomeProfile profile(
            List<TownIncome> series, List<TownIncome> countyPeers, List<TownIncome> nationPeers) {
        if (series.isEmpty()) {
            throw new EconomyException(EconomyErrorCode.NO_DATA, "no income statistics for this town");
        }
        List<TownIncome> sorted = series.stream()
                .sorted(Comparator.comparingInt(TownIncome::year))
                .toList();
        TownIncome first = sorted.getFirst();
        TownIncome latest = sorted.getLast();
        OptionalDouble growth = OptionalDouble.empty();
        int years = latest.year() - first.year();
        if (years > 0 && first.medianThousandTwd() > 0) {
            growth = OptionalDouble.of(
                    (Math.pow(latest.medianThousandTwd() / first.medianThousandTwd(), 1.0 / years) - 1.0) * 100.0);
        }
        return new IncomeProfile(
                latest.town(),
                latest,
                sorted,
                growth,
                rank(latest, countyPeers),
                countyPeers.size(),
                rank(latest, nationPeers),
                nationPeers.size());
    }

    /** 1 + the number of peers with a strictly higher median (ties share a rank). */
    static int rank(TownIncome town, List<TownIncome> peers) {
        int higher = 0;
        for (TownIncome p : peers) {
            if (p.medianThousandTwd() > town.medianThousandTwd()) {
                higher++;
            }
        }
        return higher + 1;
    }
}
