package io.sousei.benchmark;

import java.util.Map;

/**
 * The published facts about Taiwan's 地方創生優先推動地區 (行政院 2019-01-03; METHODS §3.2): 134 of 368
 * townships, 11.6 % (2.72 M) of the 2017 population, 66.5 % of the land, 62 農山漁村, 24 中介城鎮, 48 原鄉.
 * The list itself and its thresholds are not published in machine-readable form.
 */
public record PublishedPriorityAreas(
        int selectedCount,
        int regionCount,
        double populationShare,
        double selectedPopulationPersons,
        int populationYear,
        double landShare,
        Map<String, Integer> selectedByType) {

    public static final String RURAL = "農山漁村";
    public static final String INTERMEDIATE_TOWN = "中介城鎮";
    public static final String INDIGENOUS = "原鄉";

    public static final PublishedPriorityAreas TAIWAN_2019 = new PublishedPriorityAreas(
            134, 368, 0.116, 2_720_000, 2017, 0.665, Map.of(RURAL, 62, INTERMEDIATE_TOWN, 24, INDIGENOUS, 48));

    public PublishedPriorityAreas {
        selectedByType = Map.copyOf(selectedByType);
    }
}
