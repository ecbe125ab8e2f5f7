package io.sousei.text;

import java.util.Objects;

/**
 * A text in the three languages. Any language may be missing (null); {@link #in(Language)} falls back to
 * the others so that a label is never empty when one language has it.
 */
public record LocalizedText(String zhHant, String ja, String en) {

    public LocalizedText {
        zhHant = blankToNull(zhHant);
        ja = blankToNull(ja);
        en = blankToNull(en);
        if (zhHant == null && ja == null && en == null) {
            throw new IllegalArgumentException("a localized text needs at least one language");
        }
    }

    public static LocalizedText of(String zhHant, String ja, String en) {
        return new LocalizedText(zhHant, ja, en);
    }

    /** The text in the language asked for, else Traditional Chinese, else Japanese, else English. */
    public String in(Language language) {
        String exact =
                switch (Objects.requireNonNull(language)) {
                    case ZH_HANT -> zhHant;
                    case JA -> ja;
                    case EN -> en;
                };
        if (exact != null) {
            return exact;
        }
        if (language == Language.EN) {
            return zhHant != null ? zhHant : ja;
        }
        return zhHant != null ? zhHant : ja != null ? ja : en;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
