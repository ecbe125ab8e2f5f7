package io.sousei.profile;

import io.sousei.indicator.Indicator;
import io.sousei.observation.Observation;
import io.sousei.observation.ObservationQuery;
import io.sousei.observation.Sex;
import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a population pyramid: men and women by five-year age group (the open last group starting
 * where the closed ones end) in the latest year with an age breakdown, and in a year about ten years
 * earlier to overlay.
 */
final class PopulationPyramid {

    static final int OVERLAY_YEARS = 10;

    private static final Pattern FIVE_YEAR = Pattern.compile("(\\d+)-(\\d+)");

    private PopulationPyramid() {}

    static List<ProfileSeries> series(RegionProfiles profiles, RegionId id) {
        Optional<Indicator> population = profiles.find("population.total");
        if (population.isEmpty()) {
            return List.of();
        }
        List<Observation> rows = new ArrayList<>();
        for (Sex sex : List.of(Sex.M, Sex.F)) {
            rows.addAll(profiles.rows(population.get(), List.of(id), sex, ObservationQuery.ANY_AGE_GROUP, null));
        }
        List<Observation> grouped = rows.stream()
                .filter(o -> o.period().matches("\\d{4}") && isFiveYear(o.ageGroup()))
                .toList();
        TreeSet<String> years = new TreeSet<>();
        grouped.forEach(o -> years.add(o.period()));
        if (years.isEmpty()) {
            return List.of();
        }
        String latest = years.last();
        String earlier = years.floor(String.valueOf(Integer.parseInt(latest) - OVERLAY_YEARS));
        earlier = earlier == null ? years.first() : earlier;
        List<Observation> kept = new ArrayList<>();
        for (String year : latest.equals(earlier) ? List.of(latest) : List.of(earlier, latest)) {
            kept.addAll(ofYear(grouped, rows, year));
        }
        return List.of(new ProfileSeries(population.get(), kept));
    }

    private static List<Observation> ofYear(List<Observation> grouped, List<Observation> all, String year) {
        List<Observation> closed =
                grouped.stream().filter(o -> o.period().equals(year)).toList();
        int top = closed.stream().mapToInt(o -> upper(o.ageGroup())).max().orElse(-1);
        String open = (top + 1) + "+";
        List<Observation> out = new ArrayList<>(closed);
        all.stream()
                .filter(o -> o.period().equals(year) && o.ageGroup().equals(open))
                .forEach(out::add);
        return out;
    }

    private static boolean isFiveYear(String group) {
        Matcher m = FIVE_YEAR.matcher(group);
        return m.matches() && Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1)) == 4;
    }

    private static int upper(String group) {
        Matcher m = FIVE_YEAR.matcher(group);
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }
}
