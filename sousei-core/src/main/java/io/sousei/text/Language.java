package io.sousei.text;

import java.util.Locale;
import java.util.Optional;

/** The languages Sousei speaks, by BCP 47 tag. Traditional Chinese is the default. */
public enum Language {
    ZH_HANT("zh-Hant"),
    JA("ja"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static Language defaultLanguage() {
        return ZH_HANT;
    }

    /** Accepts the tag in any case and the common aliases (zh, zh-TW, ja-JP, en-US). */
    public static Optional<Language> findByTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String t = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (t.equals("zh") || t.startsWith("zh-hant") || t.equals("zh-tw") || t.equals("zh-hk")) {
            return Optional.of(ZH_HANT);
        }
        if (t.equals("ja") || t.startsWith("ja-")) {
            return Optional.of(JA);
        }
        if (t.equals("en") || t.startsWith("en-")) {
            return Optional.of(EN);
        }
        return Optional.empty();
    }
}
