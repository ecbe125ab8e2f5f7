package io.sousei.cli;

import io.sousei.region.Country;
import io.sousei.region.Region;
import io.sousei.region.RegionId;
import io.sousei.store.Warehouse;
import io.sousei.text.Language;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "regions",
        mixinStandardHelpOptions = true,
        description = "Lists regions: id, level, parent, name, area.")
final class RegionsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    LanguageOption lang;

    @Option(names = "--country", required = true, description = "TW or JP.")
    String country;

    @Option(names = "--level", description = "TW: nation, county, town, village; JP: nation, prefecture, municipality.")
    String level;

    @Option(names = "--parent", description = "Only the children of this region, e.g. TW:10013.")
    String parent;

    @Override
    public Integer call() {
        Country c = Choices.country(country);
        Language language = lang.language();
        try (Warehouse w = database.open()) {
            var regions =
                    w.regions().listRegions(c, Choices.level(level, c), parent == null ? null : RegionId.parse(parent));
            System.out.println("region_id\tlevel\tparent_id\tname\tarea_km2");
            for (Region r : regions) {
                System.out.printf(
                        "%s\t%s\t%s\t%s\t%s%n",
                        r.id(),
                        r.level().key(),
                        r.findParent().map(RegionId::toString).orElse(""),
                        r.name().in(language),
                        r.findAreaKm2().map(a -> String.format("%.2f", a)).orElse(""));
            }
            System.err.println(regions.size() + " regions");
            return 0;
        }
    }
}
