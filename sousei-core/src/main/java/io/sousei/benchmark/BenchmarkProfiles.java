package io.sousei.benchmark;

import io.sousei.region.Country;
import io.sousei.region.RegionLevel;
import java.util.List;

/**
 * The default levels, periods and profiles of the benchmarking commands and routes. Periods are the latest
 * year in which every indicator of the profile exists at the level:
 *
 * <ul>
 *   <li>Taiwan, towns, 2017: the last year-end with population by age (2000–2017) inside the income-tax
 *       years (2012–2018), and the year the published priority-area facts use; the change rate is
 *       {@code population.change_rate_5y} 2017, i.e. 2012 → 2017.
 *   <li>Japan, municipalities, 2015: the last census with derived indicators (change 2010 → 2015).
 * </ul>
 */
public final class BenchmarkProfiles {

    public static final String TAIWAN_YEAR = "2017";
    public static final String JAPAN_YEAR = "2015";

    public static final ProfileIndicator POPULATION_CHANGE =
            ProfileIndicator.of("population.change_rate_5y", TAIWAN_YEAR);
    public static final ProfileIndicator POPULATION = ProfileIndicator.of("population.total", TAIWAN_YEAR);
    public static final ProfileIndicator MEDIAN_INCOME = ProfileIndicator.of("income.median", TAIWAN_YEAR);

    private BenchmarkProfiles() {}

    public static RegionLevel level(Country country) {
        return country == Country.TW ? RegionLevel.TOWN : RegionLevel.MUNICIPALITY;
    }

    public static String year(Country country) {
        return country == Country.TW ? TAIWAN_YEAR : JAPAN_YEAR;
    }

    /** The profile that neighbours and typologies use unless told otherwise. */
    public static List<ProfileIndicator> similarity(Country country) {
        String y = year(country);
        List<ProfileIndicator> common = List.of(
                ProfileIndicator.of("population.total", y),
                ProfileIndicator.of("population.change_rate_5y", y),
                ProfileIndicator.of("population.share_65_plus", y),
                ProfileIndicator.of("population.density", y));
        if (country == Country.JP) {
            return common;
        }
        return java.util.stream.Stream.concat(
                        common.stream(), java.util.stream.Stream.of(ProfileIndicator.of("income.median", y)))
                .toList();
    }
}
