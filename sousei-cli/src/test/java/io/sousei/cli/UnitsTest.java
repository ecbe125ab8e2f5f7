package io.sousei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sousei.importing.ImportIssues;
import io.sousei.indicator.Indicator;
import io.sousei.store.catalogue.CatalogueReader;
import io.sousei.web.api.Units;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void every_unit_of_the_bundled_catalogue_is_named_in_every_language() throws Exception {
        var indicators = CatalogueReader.read(Path.of("..", "data", "catalogue"), new ImportIssues());

        assertThat(indicators).hasSizeGreaterThan(100);
        assertThat(indicators.stream().map(Indicator::unit).distinct()).allMatch(Units::known);
    }
}
