package io.sousei.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reviewed expectations under {@code src/test/resources/golden}; a missing one is written and the test fails. */
public final class GoldenFile {

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

    private GoldenFile() {}

    public static void assertMatches(String name, String actual) {
        Path file = DIRECTORY.resolve(name);
        try {
            if (Files.notExists(file)) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                fail("wrote the missing expectation " + file + "; review it, commit it and run again");
            }
            assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
