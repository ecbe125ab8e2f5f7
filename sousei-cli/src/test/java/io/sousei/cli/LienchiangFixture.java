package io.sousei.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The canonical small fixture (連江縣 and its four towns, real data), laid out as a Sousei home folder. */
final class LienchiangFixture {

    private LienchiangFixture() {}

    /** Copies the fixture to {@code home}/data and returns the warehouse file a command would use there. */
    static Path copyInto(Path home) throws IOException {
        Path fixture = Path.of("../sousei-store/src/test/resources/lienchiang")
                .toAbsolutePath()
                .normalize();
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path p : files.toList()) {
                Path target = home.resolve("data").resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return home.resolve("data/sousei.duckdb");
    }
}
