package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void ends_every_row_with_crlf() {
        assertThat(new Csv().row(List.of("a", "b")).row(List.of("c", "d")).toString())
                .isEqualTo("a,b\r\nc,d\r\n");
    }

    @Test
    void quotes_fields_with_commas_quotes_or_line_breaks_and_doubles_quotes() {
        String csv = new Csv()
                .row(List.of("Sapporo, Hokkaido", "the \"old\" town", "two\nlines", "cr\rhere", "plain"))
                .toString();

        assertThat(csv)
                .isEqualTo("\"Sapporo, Hokkaido\",\"the \"\"old\"\" town\",\"two\nlines\",\"cr\rhere\",plain\r\n");
    }

    @Test
    void writes_a_missing_field_as_empty() {
        assertThat(new Csv().row(Arrays.asList("TW:1", null, "2023")).toString())
                .isEqualTo("TW:1,,2023\r\n");
    }

    @Test
    void leaves_cjk_text_unquoted() {
        assertThat(new Csv().row(List.of("屏東市", "恆春鎮")).toString()).isEqualTo("屏東市,恆春鎮\r\n");
    }
}
