package io.sousei.web.api;

import io.sousei.dataset.Dataset;
import io.sousei.indicator.Indicator;
import io.sousei.observation.Observation;
import io.sousei.region.Region;
import io.sousei.region.RegionId;
import io.sousei.text.Language;
import io.sousei.text.LocalizedText;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The one place where domain values become web DTOs. */
final class DtoMapper {

    private DtoMapper() {}

    static RegionDto region(Region region, Language language) {
        return new RegionDto(
                region.id().toString(),
                region.id().country().name(),
                region.level().key(),
                region.findParent().map(RegionId::toString).orElse(null),
                region.name().in(language),
                names(region.name()),
                date(region.validFrom()),
                date(region.validTo()),
                region.areaKm2());
    }

    static IndicatorDto indicator(Indicator indicator, Language language) {
        return new IndicatorDto(
                indicator.id().value(),
                indicator.category().key(),
                indicator.name().in(language),
                names(indicator.name()),
                Units.in(indicator.unit(), language),
                indicator.definition(),
                indicator.source(),
                indicator.licence(),
                indicator.aggregation().notation(),
                indicator.formula(),
                indicator.status().name().toLowerCase(Locale.ROOT));
    }

    static DatasetDto dataset(Dataset dataset, Language language) {
        return new DatasetDto(
                dataset.id(),
                dataset.title().in(language),
                names(dataset.title()),
                dataset.publisher(),
                dataset.source(),
                dataset.licence(),
                dataset.attribution(),
                dataset.vintage(),
                dataset.checksum());
    }

    /** @param regionName null when the warehouse does not know the region */
    static ObservationRowDto observation(Observation observation, String regionName) {
        return new ObservationRowDto(
                observation.region().toString(),
                regionName,
                observation.period(),
                observation.sex().name(),
                observation.ageGroup(),
                observation.category(),
                PlainNumbers.decimal(observation.value()),
                observation.status(),
                observation.datasetId());
    }

    /** The languages a text has, by BCP 47 tag, in the order of {@link Language}. */
    static Map<String, String> names(LocalizedText text) {
        Map<String, String> names = new LinkedHashMap<>();
        put(names, Language.ZH_HANT, text.zhHant());
        put(names, Language.JA, text.ja());
        put(names, Language.EN, text.en());
        return names;
    }

    private static void put(Map<String, String> names, Language language, String value) {
        if (value != null) {
            names.put(language.tag(), value);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
