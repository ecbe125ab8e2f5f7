package io.sousei.region;

import io.sousei.region.internal.EditDistance;
import io.sousei.region.internal.NameFolding;
import io.sousei.text.LocalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds regions by name in any of their languages: whole names first, then names that begin with the
 * query, then names that contain it, then names within a typo or two of it. Simplified and Japanese
 * character forms find traditional ones (屏东 finds 屏東縣). Ties go to the higher level (a county before
 * its towns), then the shorter name. Immutable and safe to share.
 */
public final class RegionSearch {

    public static final int MAX_LIMIT = 50;

    private final List<Entry> entries;

    private record Entry(Region region, List<String> foldedNames) {}

    /** A region found, with how well it matched (higher is better). */
    public record Match(Region region, int score) {}

    public RegionSearch(List<Region> regions) {
        this.entries = regions.stream().map(r -> new Entry(r, folded(r.name()))).toList();
    }

    /** At most {@code limit} regions (1–{@value #MAX_LIMIT}), best first; none for a blank query. */
    public List<Match> search(String query, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_LIMIT + ", not " + limit);
        }
        String q = NameFolding.fold(query == null ? "" : query);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Match> found = new ArrayList<>();
        for (Entry e : entries) {
            int best = e.foldedNames.stream().mapToInt(n -> score(q, n)).max().orElse(0);
            if (best > 0) {
                found.add(new Match(e.region, best - levelRank(e.region.level())));
            }
        }
        found.sort(Comparator.comparingInt(Match::score)
                .reversed()
                .thenComparingInt(m -> shortestName(m.region()))
                .thenComparing(m -> m.region().id()));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    private static int score(String q, String name) {
        if (name.equals(q)) {
            return 100;
        }
        if (name.startsWith(q)) {
            return 80;
        }
        if (name.contains(q)) {
            return 60;
        }
        int allowed = q.length() >= 7 ? 2 : q.length() >= 3 ? 1 : 0;
        if (allowed == 0) {
            return 0;
        }
        // A typo anywhere in the query, compared with the name's beginning of about the query's length.
        int distance = Integer.MAX_VALUE;
        for (int len = Math.max(1, q.length() - 1); len <= Math.min(name.length(), q.length() + 1); len++) {
            distance = Math.min(distance, EditDistance.between(q, name.substring(0, len)));
        }
        return distance <= allowed ? 40 - 10 * distance : 0;
    }

    /** Nations and counties before towns, towns before villages. */
    private static int levelRank(RegionLevel level) {
        return switch (level) {
            case NATION -> 0;
            case COUNTY, PREFECTURE -> 1;
            case TOWN, MUNICIPALITY -> 2;
            case VILLAGE -> 3;
        };
    }

    private static int shortestName(Region region) {
        LocalizedText n = region.name();
        return Stream.of(n.zhHant(), n.ja(), n.en())
                .filter(s -> s != null)
                .mapToInt(String::length)
                .min()
                .orElse(0);
    }

    private static List<String> folded(LocalizedText name) {
        return Stream.of(name.zhHant(), name.ja(), name.en())
                .filter(s -> s != null)
                .map(NameFolding::fold)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
