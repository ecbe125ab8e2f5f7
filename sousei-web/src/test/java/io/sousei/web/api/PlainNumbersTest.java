package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "22276672, 22276672",
        "2.2276672E7, 22276672",
        "22276672.0, 22276672",
        "0, 0",
        "-0.0, 0",
        "-1234, -1234",
        "45.3, 45.3",
        "47.85, 47.85",
        "0.1, 0.1",
        "1.5E-7, 0.00000015",
        "1.0E20, 100000000000000000000",
        "123456.789, 123456.789"
    })
    void prints_values_without_exponent_or_spurious_decimals(double value, String printed) {
        assertThat(PlainNumbers.format(value)).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource({"0.1", "45.3", "1.0E-10", "9.007199254740993E15", "3.141592653589793"})
    void prints_a_text_that_reads_back_as_the_same_double(double value) {
        assertThat(Double.parseDouble(PlainNumbers.format(value))).isEqualTo(value);
    }
}
