package io.sousei.web.page;

import io.sousei.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The labels of the pages, one UTF-8 bundle per language ({@code messages_<tag>.properties}). */
public final class Messages {

    private static final Map<Language, Messages> BUNDLES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BUNDLES.put(language, new Messages(language, load(language)));
        }
    }

    private final Language language;
    private final Map<String, String> labels;

    private Messages(Language language, Map<String, String> labels) {
        this.language = language;
        this.labels = Collections.unmodifiableMap(labels);
    }

    public static Messages of(Language language) {
        return BUNDLES.get(language);
    }

    public Language language() {
        return language;
    }

    /** The label; a missing key shows as itself, so a gap is visible rather than blank. */
    public String get(String key) {
        return labels.getOrDefault(key, key);
    }

    public Map<String, String> all() {
        return labels;
    }

    private static Map<String, String> load(Language language) {
        String name = "messages_" + language.tag() + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the message bundle " + name + " is missing from the build");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> labels = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> labels.put(k, p.getProperty(k)));
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
