package io.sousei.cli.population;

import io.sousei.population.regional.BacktestRegion;
import io.sousei.population.regional.BacktestSummary;
import io.sousei.region.RegionCatalog;
import io.sousei.text.Language;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The backtest tables of docs/validation/population.md, written from summaries. */
final class BacktestMarkdown {

    private BacktestMarkdown() {}

    static String errorTable(List<BacktestSummary> summaries) {
        StringBuilder b = new StringBuilder(
                "| backtest | regions | total median / P90 | 0–14 median / P90 | 15–64 median / P90 | 65+ median / P90 | sum of regions |\n"
                        + "|---|---|---|---|---|---|---|\n");
        for (BacktestSummary s : summaries) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %s | %s | %+.2f%% |%n",
                    s.label(),
                    s.regions().size(),
                    pair(s, BacktestRegion::absolutePercentageErrorTotal),
                    pair(s, BacktestRegion::absolutePercentageError0to14),
                    pair(s, BacktestRegion::absolutePercentageError15to64),
                    pair(s, BacktestRegion::absolutePercentageError65Plus),
                    s.aggregateErrorPercent()));
        }
        return b.toString();
    }

    static String worstTable(BacktestSummary s, RegionCatalog regions, int n) {
        StringBuilder b =
                new StringBuilder("| region | name | observed | projected | error |\n|---|---|---|---|---|\n");
        for (BacktestRegion r : s.worst(n)) {
            String name = regions.findRegion(r.region())
                    .map(x -> x.name().in(Language.JA))
                    .orElse("");
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %,.0f | %,.0f | %+.1f%% |%n",
                    r.region(),
                    name,
                    r.observedPersons(),
                    r.projectedPersons(),
                    r.percentageErrorTotal()));
        }
        return b.toString();
    }

    private static String pair(BacktestSummary s, ToDoubleFunction<BacktestRegion> e) {
        return String.format(Locale.ROOT, "%.2f%% / %.2f%%", s.medianApe(e), s.p90Ape(e));
    }
}
