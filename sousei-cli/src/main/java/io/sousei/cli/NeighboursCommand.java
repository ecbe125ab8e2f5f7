package io.sousei.cli;

import io.sousei.benchmark.BenchmarkProfiles;
import io.sousei.benchmark.ProfileIndicator;
import io.sousei.region.RegionId;
import io.sousei.region.UnknownRegionException;
import io.sousei.store.Warehouse;
import io.sousei.web.api.benchmark.BenchmarkDtos;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "neighbours",
        mixinStandardHelpOptions = true,
        description = {
            "The k regions most like a region (same level), nearest first, the region itself excluded:"
                    + " region_id,region_name,distance.",
            "Distance: Euclidean on z-scores of the profile. Default profile: population, 5-year change rate,"
                    + " share 65+, density (and median income in Taiwan) of 2017 (TW) or 2015 (JP)."
        })
final class NeighboursCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    LanguageOption lang;

    @Mixin
    OutputOptions output;

    @Option(names = "--region", required = true, description = "A town or municipality, e.g. TW:10013030.")
    String region;

    @Option(names = "--k", defaultValue = "5", description = "How many neighbours (default: 5).")
    int k;

    @Option(
            names = "--indicators",
            split = ",",
            paramLabel = "ID[@PERIOD]",
            description =
                    "The profile, e.g. population.total@2017,income.median (period defaults to 2017 TW, 2015 JP).")
    List<String> indicators;

    @Option(
            names = "--improved",
            paramLabel = "ID[@PERIOD]",
            description = "Also list the neighbours by this change indicator, highest first (JSON only).")
    String improved;

    @Override
    public Integer call() {
        RegionId id = RegionId.parse(region);
        if (k < 1) {
            throw new UsageException("--k " + k + ": ask for at least 1 neighbour");
        }
        String year = BenchmarkProfiles.year(id.country());
        List<ProfileIndicator> profile = indicators == null || indicators.isEmpty()
                ? BenchmarkProfiles.similarity(id.country())
                : indicators.stream().map(t -> ProfileIndicator.parse(t, year)).toList();
        boolean json = output.isJson();
        try (Warehouse w = database.open()) {
            var benchmarks = BenchmarkContext.benchmarks(w);
            var names = BenchmarkContext.names(w, lang.language());
            try {
                var result = benchmarks.neighbours(id, k, profile);
                ProfileIndicator change = improved == null ? null : ProfileIndicator.parse(improved, year);
                var dto = BenchmarkDtos.neighbours(
                        result,
                        lang.language(),
                        names,
                        change == null ? null : change.toString(),
                        change == null ? null : benchmarks.improvedMost(result, change));
                output.write(json ? BenchmarkContext.json(dto) : BenchmarkDtos.neighbourCsv(dto));
                System.err.println(dto.neighbours().size() + " neighbours of " + id + " among " + result.poolSize()
                        + " regions on " + profile);
            } catch (UnknownRegionException e) {
                throw new UsageException(e.getMessage());
            }
            return 0;
        }
    }
}
