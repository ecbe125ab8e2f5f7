package io.sousei.cli;

import io.sousei.indicator.Indicator;
import io.sousei.indicator.IndicatorStatus;
import io.sousei.store.Warehouse;
import io.sousei.text.Language;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "indicators", mixinStandardHelpOptions = true, description = "Lists the indicator catalogue.")
final class IndicatorsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    LanguageOption lang;

    @Option(
            names = "--category",
            description = "population, economic_circulation, industry_structure, "
                    + "enterprise_activity, tourism, town_development, employment_medical_welfare, local_finance.")
    String category;

    @Override
    public Integer call() {
        Language language = lang.language();
        try (Warehouse w = database.open()) {
            var indicators = w.indicators().listIndicators(Choices.category(category));
            System.out.println("indicator_id\tcategory\tname\tunit\taggregation\tstatus");
            for (Indicator i : indicators) {
                System.out.printf(
                        "%s\t%s\t%s\t%s\t%s\t%s%n",
                        i.id(),
                        i.category().key(),
                        i.name().in(language),
                        i.unit(),
                        i.aggregation().notation(),
                        i.status() == IndicatorStatus.AVAILABLE
                                ? (i.isDerived() ? "derived" : "available")
                                : "no source yet");
            }
            System.err.println(indicators.size() + " indicators");
            return 0;
        }
    }
}
