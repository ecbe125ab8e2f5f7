package io.sousei.web.api;

import io.sousei.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Units in the reader's language. The catalogue names each unit in English ({@code persons}, {@code NT$ thousand});
 * {@code units.tsv} beside this class gives each its Traditional Chinese and Japanese label. A unit missing there
 * shows in English, and a test keeps the table complete for the bundled catalogue.
 */
public final class Units {

    private static final Map<Language, Map<String, String>> LABELS = load();

    private Units() {}

    public static String in(String unit, Language language) {
        return LABELS.getOrDefault(language, Map.of()).getOrDefault(unit, unit);
    }

    /** Whether the table names this unit in every language. */
    public static boolean known(String unit) {
        return LABELS.values().stream().allMatch(labels -> labels.containsKey(unit));
    }

    private static Map<Language, Map<String, String>> load() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Units.class.getResourceAsStream("units.tsv"), StandardCharsets.UTF_8))) {
            List<String> header = List.of(in.readLine().split("\t"));
            Map<Language, Map<String, String>> labels = new EnumMap<>(Language.class);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split("\t");
                for (int i = 0; i < cells.length; i++) {
                    labels.computeIfAbsent(Language.findByTag(header.get(i)).orElseThrow(), l -> new HashMap<>())
                            .put(cells[0], cells[i]);
                }
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
