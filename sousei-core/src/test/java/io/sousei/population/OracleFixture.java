package io.sousei.population;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;

/** A published worked example kept under {@code src/test/resources/population} with its citation. */
final class OracleFixture {

    private final String name;
    private final Properties values = new Properties();

    private OracleFixture(String name) {
        this.name = name;
        try (InputStream in = OracleFixture.class.getResourceAsStream("/population/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource population/" + name);
            }
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OracleFixture load(String name) {
        return new OracleFixture(name);
    }

    double number(String key) {
        return Double.parseDouble(text(key));
    }

    double[] numbers(String key) {
        return Arrays.stream(text(key).split(","))
                .map(String::strip)
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    private String text(String key) {
        String v = values.getProperty(key);
        if (v == null) {
            throw new IllegalStateException(name + " has no " + key);
        }
        return v;
    }
}
