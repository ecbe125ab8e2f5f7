package io.sousei.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void fallsBackWhenALanguageIsMissing() {
        LocalizedText sapporo = LocalizedText.of(null, "札幌市", null);
        assertThat(sapporo.in(Language.ZH_HANT)).isEqualTo("札幌市");
        assertThat(sapporo.in(Language.EN)).isEqualTo("札幌市");
        assertThat(LocalizedText.of("屏東市", null, "Pingtung City").in(Language.JA))
                .isEqualTo("屏東市");
    }

    @Test
    void needsAtLeastOneLanguage() {
        assertThatThrownBy(() -> LocalizedText.of(" ", null, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsTheCommonLanguageTags() {
        assertThat(Language.findByTag("zh-TW")).contains(Language.ZH_HANT);
        assertThat(Language.findByTag("zh-Hant")).contains(Language.ZH_HANT);
        assertThat(Language.findByTag("ja-JP")).contains(Language.JA);
        assertThat(Language.findByTag("EN")).contains(Language.EN);
        assertThat(Language.findByTag("fr")).isEmpty();
    }
}
