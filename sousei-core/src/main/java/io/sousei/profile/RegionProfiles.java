package io.sousei.profile;

import io.sousei.indicator.Indicator;
import io.sousei.indicator.IndicatorCatalog;
import io.sousei.indicator.IndicatorId;
import io.sousei.observation.Observation;
import io.sousei.observation.ObservationQuery;
import io.sousei.observation.ObservationRepository;
import io.sousei.observation.Sex;
import io.sousei.region.Region;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Builds region profiles from the warehouse ports: the figures planners look at first (population, change,
 * ageing, income, care) and the series behind the profile's charts. Stateless and thread-safe.
 */
public final class RegionProfiles {

    static final List<String> HEADLINE = List.of(
            "population.total",
            "population.change_rate_1y",
            "population.change_rate_5y",
            "population.share_65_plus",
            "population.ageing_index",
            "population.density",
            "population.tfr",
            "income.median",
            "medical.beds_per_1000",
            "welfare.nursing_beds_per_1000",
            "medical.doctors_per_100k");
    static final List<String> VITAL_EVENTS =
            List.of("population.births", "population.deaths", "population.net_migration");
    static final List<String> INCOME = List.of("income.q1", "income.median", "income.q3");
    static final List<String> ESTABLISHMENTS = List.of("industry.establishments", "industry.census_establishments");
    static final List<String> MEDICAL_CARE = List.of(
            "medical.institutions",
            "medical.beds",
            "welfare.nursing_institutions",
            "welfare.nursing_beds",
            "medical.hospitals",
            "medical.clinics",
            "medical.doctors");

    private static final Predicate<String> ANNUAL = p -> p.matches("\\d{4}");
    private static final int LIMIT = 20_000;

    private final RegionCatalog regions;
    private final IndicatorCatalog indicators;
    private final ObservationRepository observations;

    public RegionProfiles(RegionCatalog regions, IndicatorCatalog indicators, ObservationRepository observations) {
        this.regions = regions;
        this.indicators = indicators;
        this.observations = observations;
    }

    /** @throws io.sousei.region.UnknownRegionException when the warehouse does not hold the region */
    public RegionProfile profile(RegionId id) {
        Region region = regions.getRegion(id);
        Region parent = region.findParent().flatMap(regions::findRegion).orElse(null);
        Region nation = regions.getRegion(RegionId.nation(id.country()));
        List<RegionId> around = Stream.of(region, parent, nation)
                .filter(r -> r != null)
                .map(Region::id)
                .distinct()
                .toList();
        List<Figure> headline = new ArrayList<>();
        for (String indicatorId : HEADLINE) {
            find(indicatorId).flatMap(i -> figure(i, region, parent, nation)).ifPresent(headline::add);
        }
        List<ProfileSection> sections = new ArrayList<>();
        addIfAny(sections, "population_trend", series(List.of("population.total"), List.of(id), ANNUAL));
        addIfAny(sections, "vital_events", series(VITAL_EVENTS, List.of(id), ANNUAL));
        addIfAny(sections, "pyramid", PopulationPyramid.series(this, id));
        addIfAny(sections, "income", series(INCOME, around, ANNUAL));
        addIfAny(sections, "establishments", establishments(id));
        addIfAny(sections, "medical_care", latest(MEDICAL_CARE, around, id));
        return new RegionProfile(region, parent, nation, headline, sections);
    }

    Optional<Indicator> find(String id) {
        return indicators.findIndicator(IndicatorId.of(id));
    }

    List<Observation> rows(Indicator indicator, List<RegionId> ids, Sex sex, String ageGroup, String category) {
        return observations.listObservations(new ObservationQuery(
                indicator.id(), ids.get(0).country(), null, null, ids, null, sex, ageGroup, category, LIMIT));
    }

    private Optional<Figure> figure(Indicator indicator, Region region, Region parent, Region nation) {
        List<RegionId> ids = Stream.of(region, parent, nation)
                .filter(r -> r != null)
                .map(Region::id)
                .distinct()
                .toList();
        List<Observation> rows = rows(indicator, ids, null, null, null);
        Optional<Observation> own =
                latestOf(rows.stream().filter(o -> o.region().equals(region.id())));
        return own.map(o -> new Figure(
                indicator,
                o.period(),
                o.value(),
                parent == null ? null : valueOf(rows, parent.id(), o.period()),
                region.id().equals(nation.id()) ? Double.valueOf(o.value()) : valueOf(rows, nation.id(), o.period()),
                o.datasetId()));
    }

    /** The latest annual value; a region with monthly or census-date values only gets its latest of those. */
    private static Optional<Observation> latestOf(Stream<Observation> rows) {
        List<Observation> all = rows.toList();
        Comparator<Observation> byPeriod = Comparator.comparing(Observation::period);
        return all.stream().filter(o -> ANNUAL.test(o.period())).max(byPeriod).or(() -> all.stream()
                .max(byPeriod));
    }

    private static Double valueOf(List<Observation> rows, RegionId id, String period) {
        return rows.stream()
                .filter(o -> o.region().equals(id) && o.period().equals(period))
                .map(Observation::value)
                .findFirst()
                .orElse(null);
    }

    private List<ProfileSeries> series(List<String> ids, List<RegionId> regionIds, Predicate<String> periods) {
        List<ProfileSeries> out = new ArrayList<>();
        for (String id : ids) {
            find(id).ifPresent(i -> {
                List<Observation> rows = rows(i, regionIds, null, null, null).stream()
                        .filter(o -> periods.test(o.period()))
                        .toList();
                if (!rows.isEmpty()) {
                    out.add(new ProfileSeries(i, rows));
                }
            });
        }
        return out;
    }

    /** Businesses by industry in the latest period the region has them. */
    private List<ProfileSeries> establishments(RegionId id) {
        for (String indicatorId : ESTABLISHMENTS) {
            Optional<Indicator> indicator = find(indicatorId);
            if (indicator.isEmpty()) {
                continue;
            }
            List<Observation> rows = rows(indicator.get(), List.of(id), null, null, ObservationQuery.ANY_CATEGORY);
            Optional<String> latest = rows.stream().map(Observation::period).max(Comparator.naturalOrder());
            if (latest.isPresent()) {
                List<Observation> kept = rows.stream()
                        .filter(o ->
                                o.period().equals(latest.get()) && !o.category().equals(Observation.TOTAL))
                        .toList();
                if (!kept.isEmpty()) {
                    return List.of(new ProfileSeries(indicator.get(), kept));
                }
            }
        }
        return List.of();
    }

    /** Each indicator in the latest period the region has it, with the parent's and the nation's values then. */
    private List<ProfileSeries> latest(List<String> ids, List<RegionId> regionIds, RegionId own) {
        List<ProfileSeries> out = new ArrayList<>();
        for (String id : ids) {
            find(id).ifPresent(i -> {
                List<Observation> rows = rows(i, regionIds, null, null, null);
                latestOf(rows.stream().filter(o -> o.region().equals(own)))
                        .ifPresent(o -> out.add(new ProfileSeries(
                                i,
                                rows.stream()
                                        .filter(r -> r.period().equals(o.period()))
                                        .toList())));
            });
        }
        return out;
    }

    private static void addIfAny(List<ProfileSection> sections, String key, List<ProfileSeries> series) {
        if (!series.isEmpty()) {
            sections.add(new ProfileSection(key, series));
        }
    }
}
