package io.sousei.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.sousei.cli.TestApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium, over the real app and a warehouse imported once from the repository's
 * own data. Without Chromium the tests are skipped, and the reason is printed.
 */
class ExplorerBrowserTest {

    static final String AGEING_MAP = "/explore?country=TW&level=town&indicator=population.share_65_plus&period=2017";

    @TempDir
    static Path tmp;

    static TestApplication app;
    static ChromeDriver browser;
    static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        var missing = Chromium.missing();
        missing.ifPresent(reason -> System.err.println("\n*** " + reason + " ***\n"));
        Assumptions.assumeTrue(missing.isEmpty(), () -> missing.orElse(""));
        app = TestApplication.serveBundledData(tmp.resolve("warehouse.duckdb"));
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        browser = Chromium.start(Files.createDirectories(tmp.resolve("profile")), downloads);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    private static void open(String path) {
        browser.get(app.baseUrl() + path);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static void awaitMap() {
        waiting().until(d -> "true".equals(d.findElement(By.id("map")).getDomAttribute("data-ready")));
    }

    @Test
    void theExplorerColoursEveryOneOfTaiwansTowns() {
        open(AGEING_MAP);
        awaitMap();

        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) browser.executeScript("return sousei.mapState()");

        assertThat(state).containsEntry("regions", 368L).containsEntry("coloured", 368L);
        assertThat(browser.findElements(By.cssSelector("#ranking tbody tr"))).hasSize(368);
    }

    @Test
    void clickingATownOnTheMapOpensItsProfile() {
        open(AGEING_MAP);
        awaitMap();
        // the centre of the largest town, in pixels of the map, as ECharts placed it
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) browser.executeScript("""
                const chart = echarts.getInstanceByDom(document.getElementById('map'));
                const geo = chart.getModel().getSeriesByIndex(0).coordinateSystem;
                const largest = geo.regions.slice().sort((a, b) =>
                    b.getBoundingRect().width * b.getBoundingRect().height
                        - a.getBoundingRect().width * a.getBoundingRect().height)[0];
                return chart.convertToPixel({seriesIndex: 0}, largest.getCenter());
                """);
        WebElement map = browser.findElement(By.id("map"));
        int dx = xy.get(0).intValue() - map.getRect().getWidth() / 2;
        int dy = xy.get(1).intValue() - map.getRect().getHeight() / 2;

        new Actions(browser).moveToElement(map, dx, dy).click().perform();

        waiting().until(d -> d.getCurrentUrl().contains("/region/TW:"));
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-charts-ready")));
        assertThat(browser.findElement(By.id("region-name")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector(".figures .figure"))).isNotEmpty();
    }

    @Test
    void theLanguageSwitchChangesTheLabels() {
        open(AGEING_MAP);
        awaitMap();
        assertThat(browser.findElement(By.cssSelector("label[for=indicator]")).getText())
                .isEqualTo("指標");

        browser.findElement(By.cssSelector("nav.lang a[hreflang=en]")).click();
        awaitMap();

        assertThat(browser.findElement(By.cssSelector("label[for=indicator]")).getText())
                .isEqualTo("Indicator");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en");
        assertThat(browser.getCurrentUrl())
                .contains("indicator=population.share_65_plus")
                .contains("lang=en");
    }

    @Test
    void theCsvDownloadedFromTheRankingIsTheApisAnswer() throws Exception {
        open(AGEING_MAP);
        awaitMap();
        WebElement download = browser.findElement(By.id("download"));
        String href = download.getDomProperty("href");

        download.click();

        Path file = downloads.resolve("population.share_65_plus.csv");
        waiting().until(d -> Files.isRegularFile(file) && sizeOf(file) > 0);
        String api = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(Files.readString(file)).isEqualTo(api);
        assertThat(api.lines().count()).isEqualTo(369);
    }

    @Test
    void noPageLogsAnError() {
        List<String> pages = List.of(
                "/",
                "/?lang=en",
                AGEING_MAP,
                "/explore?country=JP&level=municipality&indicator=population.share_65_plus&period=2015&lang=ja",
                "/region/TW:10013010",
                "/region/JP:01100?lang=en",
                "/data");
        for (String page : pages) {
            open(page);
            if (page.startsWith("/explore")) {
                awaitMap();
            }
            if (page.startsWith("/region")) {
                waiting().until(d -> "true"
                        .equals(d.findElement(By.tagName("body")).getDomAttribute("data-charts-ready")));
            }
            List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::getMessage)
                    .toList();
            assertThat(severe).as(page).isEmpty();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
