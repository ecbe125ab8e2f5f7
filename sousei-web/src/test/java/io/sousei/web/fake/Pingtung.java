package io.sousei.web.fake;

import io.sousei.dataset.Dataset;
import io.sousei.indicator.Aggregation;
import io.sousei.indicator.Category;
import io.sousei.indicator.Indicator;
import io.sousei.indicator.IndicatorId;
import io.sousei.indicator.IndicatorStatus;
import io.sousei.observation.AgeGroup;
import io.sousei.observation.Observation;
import io.sousei.observation.Sex;
import io.sousei.region.Country;
import io.sousei.region.Region;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import io.sousei.text.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixture: Taiwan, Pingtung County and four of its towns (plus Kaohsiung County, merged away in 2010,
 * and Hokkaido). Codes and names are the official ones; the figures have the size of the published ones
 * but are rounded for the tests and are no oracle.
 */
public final class Pingtung {

    public static final RegionId TAIWAN = RegionId.nation(Country.TW);
    public static final RegionId COUNTY = RegionId.parse("TW:10013");
    public static final RegionId CITY = RegionId.parse("TW:10013010");
    public static final RegionId CHAOZHOU = RegionId.parse("TW:10013020");
    public static final RegionId DONGGANG = RegionId.parse("TW:10013030");
    public static final RegionId HENGCHUN = RegionId.parse("TW:10013040");
    public static final RegionId KAOHSIUNG_COUNTY = RegionId.parse("TW:10012");
    public static final RegionId JAPAN = RegionId.nation(Country.JP);
    public static final RegionId HOKKAIDO = RegionId.parse("JP:01");

    public static final IndicatorId POPULATION = IndicatorId.of("population.total");
    public static final IndicatorId MEDIAN_AGE = IndicatorId.of("population.median_age");
    public static final IndicatorId AGEING_INDEX = IndicatorId.of("population.ageing_index");
    public static final IndicatorId SELF_FINANCING = IndicatorId.of("finance.self_financing_ratio");

    public static final String DATASET_2022 = "tw.moi.population.2022";
    public static final String DATASET_2023 = "tw.moi.population.2023";

    private Pingtung() {}

    public static List<Region> regions() {
        return List.of(
                region(TAIWAN, RegionLevel.NATION, null, "臺灣", "台湾", "Taiwan", 36197.0),
                region(COUNTY, RegionLevel.COUNTY, TAIWAN, "屏東縣", "屏東県", "Pingtung County", 2775.6003),
                region(CITY, RegionLevel.TOWN, COUNTY, "屏東市", "屏東市", "Pingtung City", 65.0686),
                region(CHAOZHOU, RegionLevel.TOWN, COUNTY, "潮州鎮", "潮州鎮", "Chaozhou Township", 42.4452),
                region(DONGGANG, RegionLevel.TOWN, COUNTY, "東港鎮", "東港鎮", "Donggang Township", 29.4578),
                region(HENGCHUN, RegionLevel.TOWN, COUNTY, "恆春鎮", "恒春鎮", "Hengchun Township", 136.7630),
                new Region(
                        KAOHSIUNG_COUNTY,
                        RegionLevel.COUNTY,
                        TAIWAN,
                        LocalizedText.of("高雄縣", "高雄県", "Kaohsiung County"),
                        null,
                        LocalDate.of(2010, 12, 24),
                        2792.0),
                region(JAPAN, RegionLevel.NATION, null, "日本", "日本", "Japan", null),
                region(HOKKAIDO, RegionLevel.PREFECTURE, JAPAN, "北海道", "北海道", "Hokkaido", 83423.84));
    }

    public static List<Indicator> indicators() {
        return List.of(
                indicator(
                        POPULATION,
                        Category.POPULATION,
                        "總人口",
                        "総人口",
                        "Total population",
                        "persons",
                        "sum",
                        null,
                        IndicatorStatus.AVAILABLE),
                indicator(
                        MEDIAN_AGE,
                        Category.POPULATION,
                        "年齡中位數",
                        "年齢中央値",
                        "Median age",
                        "years",
                        "not_additive",
                        null,
                        IndicatorStatus.AVAILABLE),
                indicator(
                        AGEING_INDEX,
                        Category.POPULATION,
                        "老化指數",
                        "老年化指数",
                        "Ageing index",
                        "per 100 persons aged 0-14",
                        "ratio_of_sums:population.aged_65_over/population.aged_0_14",
                        "100 * population.aged_65_over / population.aged_0_14",
                        IndicatorStatus.AVAILABLE),
                indicator(
                        SELF_FINANCING,
                        Category.LOCAL_FINANCE,
                        "自有財源比率",
                        "自主財源比率",
                        "Self-financing ratio",
                        "%",
                        "not_additive",
                        null,
                        IndicatorStatus.NO_SOURCE_YET));
    }

    public static List<Dataset> datasets() {
        return List.of(dataset(DATASET_2022, "2022"), dataset(DATASET_2023, "2023"));
    }

    public static List<Observation> observations() {
        List<Observation> o = new ArrayList<>();
        population(o, TAIWAN, 23_264_640, 23_420_442);
        population(o, COUNTY, 798_253, 795_487);
        population(o, CITY, 191_823, 190_517);
        population(o, CHAOZHOU, 53_212, 52_884);
        population(o, DONGGANG, 45_980, 45_601);
        population(o, HENGCHUN, 30_112, 29_903);
        o.add(cell(POPULATION, CITY, "2023", Sex.M, AgeGroup.TOTAL, 93_008));
        o.add(cell(POPULATION, CITY, "2023", Sex.F, AgeGroup.TOTAL, 97_509));
        o.add(cell(POPULATION, CITY, "2023", Sex.T, "0-4", 6_120));
        o.add(new Observation(DATASET_2023, MEDIAN_AGE, CITY, "2023", Sex.T, "_T", "_T", 45.3, "A"));
        o.add(new Observation(DATASET_2023, MEDIAN_AGE, CHAOZHOU, "2023", Sex.T, "_T", "_T", 47.85, "E"));
        return o;
    }

    private static void population(List<Observation> o, RegionId region, double in2022, double in2023) {
        o.add(new Observation(DATASET_2022, POPULATION, region, "2022", Sex.T, "_T", "_T", in2022, "A"));
        o.add(cell(POPULATION, region, "2023", Sex.T, AgeGroup.TOTAL, in2023));
    }

    private static Observation cell(
            IndicatorId indicator, RegionId region, String period, Sex sex, String ageGroup, double value) {
        return new Observation(DATASET_2023, indicator, region, period, sex, ageGroup, "_T", value, "A");
    }

    private static Region region(
            RegionId id, RegionLevel level, RegionId parent, String zh, String ja, String en, Double areaKm2) {
        return new Region(id, level, parent, LocalizedText.of(zh, ja, en), null, null, areaKm2);
    }

    private static Indicator indicator(
            IndicatorId id,
            Category category,
            String zh,
            String ja,
            String en,
            String unit,
            String aggregation,
            String formula,
            IndicatorStatus status) {
        return new Indicator(
                id,
                category,
                LocalizedText.of(zh, ja, en),
                unit,
                en + " as published by the statistics office",
                "Ministry of the Interior, household registration statistics",
                "Open Government Data License, version 1.0",
                Aggregation.parse(aggregation),
                formula,
                status,
                null);
    }

    private static Dataset dataset(String id, String year) {
        return new Dataset(
                id,
                LocalizedText.of("鄉鎮市區人口數，" + year + "年底", null, "Population by township, end of " + year),
                "Ministry of the Interior, Department of Household Registration",
                "https://www.ris.gov.tw/app/portal/346",
                "Open Government Data License, version 1.0",
                "內政部戶政司",
                year + "-12-31",
                "0".repeat(63) + year.charAt(3));
    }
}
