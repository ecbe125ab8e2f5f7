package io.sousei.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagTest {

    static final String TAG = EntityTag.weakOf("屏東市".getBytes(StandardCharsets.UTF_8));

    @Test
    void is_weak_and_depends_only_on_the_body() {
        assertThat(TAG).startsWith("W/\"").endsWith("\"");
        assertThat(EntityTag.weakOf("屏東市".getBytes(StandardCharsets.UTF_8))).isEqualTo(TAG);
        assertThat(EntityTag.weakOf("潮州鎮".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(TAG);
    }

    @Test
    void matches_itself_its_strong_form_a_list_holding_it_and_the_wildcard() {
        assertThat(EntityTag.matches(TAG, TAG)).isTrue();
        assertThat(EntityTag.matches(TAG.substring(2), TAG)).isTrue();
        assertThat(EntityTag.matches("W/\"other\", " + TAG, TAG)).isTrue();
        assertThat(EntityTag.matches("*", TAG)).isTrue();
    }

    @Test
    void does_not_match_another_tag_or_nothing() {
        assertThat(EntityTag.matches("W/\"other\"", TAG)).isFalse();
        assertThat(EntityTag.matches(null, TAG)).isFalse();
        assertThat(EntityTag.matches(" ", TAG)).isFalse();
    }
}
