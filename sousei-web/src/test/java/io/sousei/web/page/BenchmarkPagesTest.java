package io.sousei.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.sousei.web.TestServer;
import io.sousei.web.fake.Pingtung;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benchmarking pages render in every language, with their entry in the navigation marked as current. */
class BenchmarkPagesTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
        "/benchmark, , 區域比較, benchmark/home",
        "/benchmark/priority?country=TW, , 優先推動地區篩選, benchmark-priority.js",
        "/benchmark/index?country=TW, &lang=en, Composite index builder, benchmark-index.js",
        "/benchmark/typology?country=TW, &lang=ja, 地域類型マップ, benchmark-typology.js"
    })
    void eachPageRendersInItsLanguageWithItsScript(String path, String lang, String title, String script) {
        String url = lang == null ? path : path + (path.contains("?") ? lang : "?" + lang.substring(1));
        var response = server.get(url);
        String html = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(html).contains("<h1>" + title + "</h1>").contains("aria-current=\"page\">");
        assertThat(html).containsPattern("href=\"/benchmark(\\?lang=\\w+)?\" aria-current=\"page\"");
        if (!script.startsWith("benchmark/")) {
            assertThat(html).contains("/static/" + script).contains("/static/benchmark.js");
        }
    }

    @Test
    void thePriorityControlsStartAtTheDocumentedRule() {
        String html = server.text("/benchmark/priority?country=TW&lang=en");

        assertThat(html)
                .contains("id=\"change_rate_max\" step=\"0.5\" data-default=\"0.0\"")
                .contains("id=\"population_max\" step=\"1000\" min=\"0\" data-default=\"20000.0\"")
                .contains("id=\"income_max\" step=\"10\" min=\"0\" data-default=\"550.0\"")
                .contains("id=\"criteria\" data-default=\"2\"");
    }

    @Test
    void aTownProfileHasANeighboursPanelAndTheNationsHasNone() {
        assertThat(server.text("/region/" + Pingtung.DONGGANG))
                .contains("id=\"neighbours\"")
                .contains("/static/neighbours.js");
        assertThat(server.text("/region/TW")).doesNotContain("id=\"neighbours\"");
    }

    @Test
    void everyLabelOfThePagesExistsInEveryLanguage() {
        var zh = Messages.of(io.sousei.text.Language.ZH_HANT).all().keySet();
        for (var language : io.sousei.text.Language.values()) {
            assertThat(Messages.of(language).all().keySet())
                    .as(language.tag())
                    .containsAll(zh.stream().filter(k -> k.startsWith("bench.")).toList());
        }
    }
}
