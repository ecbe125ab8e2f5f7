package io.sousei.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The benchmarking pages and the neighbours panel in a real headless Chromium, over the real data. */
@ExtendWith(Site.Shared.class)
class BenchmarkBrowserTest {

    static final String PRIORITY = "/benchmark/priority?country=TW";

    static Site site;
    static ChromeDriver browser;

    @BeforeAll
    static void start(Site shared) {
        site = shared;
        browser = shared.browser();
    }

    @Test
    void thePriorityMapColoursEveryTownAndTheTotalsAreTheApis() throws Exception {
        site.open(PRIORITY);
        site.awaitReady("map");

        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) browser.executeScript("return bench.priorityMapState()");
        JsonNode api = api("/api/v1/benchmark/priority?country=TW");

        assertThat(state).containsEntry("regions", 368L).containsEntry("coloured", 368L);
        assertThat(total("count")).isEqualTo(api.at("/totals/selected_count").asText());
        assertThat(Double.parseDouble(total("population")))
                .isEqualTo(api.at("/totals/population_share").asDouble());
        assertThat(Double.parseDouble(total("land")))
                .isEqualTo(api.at("/totals/land_share").asDouble());
        assertThat(row("count").getText()).contains("134 / 368");
        assertThat(browser.findElements(By.cssSelector("#list tbody tr"))).hasSize(368);
    }

    @Test
    void changingARuleChangesTheCountAndTheUrlAndAReloadKeepsIt() throws Exception {
        site.open(PRIORITY);
        site.awaitReady("map");
        String before = total("count");

        WebElement population = browser.findElement(By.id("population_max"));
        population.sendKeys(Keys.chord(Keys.CONTROL, "a"), "30000");

        site.waiting()
                .until(d -> d.getCurrentUrl().contains("population_max=30000")
                        && !total("count").equals(before));
        site.awaitReady("map");
        String expected = api("/api/v1/benchmark/priority?country=TW&population_max=30000")
                .at("/totals/selected_count")
                .asText();
        assertThat(total("count")).isEqualTo(expected);

        browser.navigate().refresh();
        site.awaitReady("map");
        assertThat(browser.findElement(By.id("population_max")).getDomProperty("value"))
                .isEqualTo("30000");
        assertThat(total("count")).isEqualTo(expected);
    }

    @Test
    void theIndexPageRanksTheTownsAndFollowsItsControls() throws Exception {
        site.open("/benchmark/index?country=TW&lang=en");
        site.awaitReady("map");

        List<WebElement> rows = browser.findElements(By.cssSelector("#ranks tbody tr"));
        JsonNode api = api("/api/v1/benchmark/index?country=TW&level=town&lang=en&uncertainty=1000&indicators="
                + "income.median,-population.share_65_plus,population.change_rate_5y");
        assertThat(rows).hasSize(368);
        assertThat(rows.getFirst().getText())
                .startsWith("1 " + api.at("/scores/0/region_name").asText())
                .contains(fmt(api.at("/scores/0/rank_p05").asDouble()) + "–");

        browser.findElement(By.cssSelector("#terms li[data-indicator='income.median'] input.use"))
                .click();

        site.waiting().until(d -> d.getCurrentUrl()
                .contains("indicators=population.change_rate_5y%2C-population.share_65_plus"));
        site.awaitReady("map");
        String first = api("/api/v1/benchmark/index?country=TW&lang=en&indicators="
                        + "-population.share_65_plus,population.change_rate_5y")
                .at("/scores/0/region_name")
                .asText();
        site.waiting().until(d -> d.findElement(By.cssSelector("#ranks tbody tr"))
                .getText()
                .startsWith("1 " + first));
    }

    @Test
    void theTypologyMapColoursEveryTownByItsCluster() {
        site.open("/benchmark/typology?country=TW&k=4&method=ward&lang=ja");
        site.awaitReady("map");

        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) browser.executeScript("return bench.typologyMapState()");

        assertThat(state).containsEntry("regions", 368L).containsEntry("coloured", 368L);
        assertThat(browser.findElements(By.cssSelector("#clusters tbody tr"))).hasSize(4);
        assertThat(browser.findElement(By.id("method-choice")).getDomProperty("value"))
                .isEqualTo("ward");
    }

    @Test
    void aRegionProfileShowsItsFiveNeighbours() {
        site.open("/region/TW:10013030");
        site.awaitReady("neighbours");

        List<WebElement> rows = browser.findElements(By.cssSelector("#neighbours-table tbody tr"));

        assertThat(rows).hasSize(5);
        assertThat(rows.getFirst().findElement(By.tagName("a")).getDomAttribute("href"))
                .isEqualTo("/region/TW:10007110");
        assertThat(rows.getFirst().getText()).contains("溪湖鎮");
    }

    @Test
    void noBenchmarkingPageLogsAnErrorInAnyLanguage() {
        for (String lang : List.of("", "&lang=en", "&lang=ja")) {
            for (String page : List.of(
                    PRIORITY,
                    "/benchmark/index?country=TW",
                    "/benchmark/typology?country=TW",
                    "/region/TW:10013030?")) {
                site.open(page + lang);
                site.awaitReady(page.startsWith("/region") ? "neighbours" : "map");
                assertThat(site.consoleErrors()).as(page + lang).isEmpty();
            }
            site.open("/benchmark?" + lang.replace("&", ""));
            assertThat(site.consoleErrors()).as("/benchmark" + lang).isEmpty();
        }
    }

    private static String total(String key) {
        return row(key).findElement(By.tagName("td")).getDomAttribute("data-value");
    }

    private static WebElement row(String key) {
        return browser.findElement(By.cssSelector("#totals tr[data-total='" + key + "']"));
    }

    private static String fmt(double rank) {
        return rank == Math.rint(rank) ? String.valueOf((long) rank) : String.valueOf(rank);
    }

    private static JsonNode api(String path) throws Exception {
        String body = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(site.baseUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return new ObjectMapper().readTree(body);
    }
}
