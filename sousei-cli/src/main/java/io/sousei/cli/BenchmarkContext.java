package io.sousei.cli;

import io.sousei.benchmark.Benchmarks;
import io.sousei.benchmark.RegionProfileReader;
import io.sousei.region.Region;
import io.sousei.region.RegionId;
import io.sousei.store.Warehouse;
import io.sousei.text.Language;
import io.sousei.web.http.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** What the benchmarking commands share: the use cases over the warehouse, region names and JSON. */
final class BenchmarkContext {

    private BenchmarkContext() {}

    static Benchmarks benchmarks(Warehouse w) {
        return new Benchmarks(new RegionProfileReader(w.regions(), w.observations()));
    }

    static Function<RegionId, String> names(Warehouse w, Language language) {
        return id -> w.regions()
                .findRegion(id)
                .map(Region::name)
                .map(n -> n.in(language))
                .orElse(null);
    }

    static String json(Object dto) {
        return new String(new JsonCodec().write(dto), StandardCharsets.UTF_8) + "\n";
    }
}
