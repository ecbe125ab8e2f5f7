package io.sousei.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sousei.web.fake.FakeDatasetCatalog;
import io.sousei.web.fake.FakeIndicatorCatalog;
import io.sousei.web.fake.FakeObservationRepository;
import io.sousei.web.fake.FakeRegionCatalog;
import io.sousei.web.fake.Pingtung;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    @Test
    void describes_exactly_the_registered_api_routes() throws Exception {
        try (WebServer server = WebServer.create(
                        new FakeRegionCatalog(Pingtung.regions()),
                        new FakeIndicatorCatalog(Pingtung.indicators()),
                        new FakeObservationRepository(Pingtung.observations(), Pingtung.regions()),
                        new FakeDatasetCatalog(Pingtung.datasets()))
                .start(0)) {
            Set<String> registered = new TreeSet<>();
            server.getRoutes().stream().filter(p -> p.startsWith("/api/v1/")).forEach(registered::add);
            JsonNode document = new ObjectMapper()
                    .readTree(new java.net.URI("http://localhost:" + server.port() + "/api/openapi.json").toURL());
            Set<String> documented = new TreeSet<>();
            document.path("paths").fieldNames().forEachRemaining(documented::add);

            assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
            assertThat(documented).as("documented paths").isEqualTo(registered);
            document.path("paths").forEach(path -> assertThat(path.has("get")).isTrue());
        }
    }
}
