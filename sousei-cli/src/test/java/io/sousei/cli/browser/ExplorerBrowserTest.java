package io.sousei.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The explorer pages in a real headless Chromium, over the real app and the repository's own data. */
@ExtendWith(Site.Shared.class)
class ExplorerBrowserTest {

    static final String AGEING_MAP = "/explore?country=TW&level=town&indicator=population.share_65_plus&period=2017";

    static Site site;
    static ChromeDriver browser;

    @BeforeAll
    static void start(Site shared) {
        site = shared;
        browser = shared.browser();
    }

    private static void open(String path) {
        site.open(path);
    }

    private static WebDriverWait waiting() {
        return site.waiting();
    }

    private static void awaitMap() {
        site.awaitReady("map");
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
    void playingThePeriodsAdvancesTheMapAndTheUrl() {
        open("/explore?country=TW&level=county&indicator=population.total&period=2000");
        awaitMap();
        WebElement play = browser.findElement(By.id("play"));

        play.click();
        waiting().until(d -> !d.findElement(By.id("period-value")).getText().equals("2000"));
        play.click();

        assertThat(play.getDomAttribute("aria-pressed")).isEqualTo("false");
        String period = browser.findElement(By.id("period-value")).getText();
        waiting().until(d -> d.getCurrentUrl().contains("period=" + period));
        assertThat(browser.findElement(By.id("map-caption")).getText()).endsWith(period);
    }

    @Test
    void sexAndAgeGroupAreOfferedWhereTheIndicatorHasThem() {
        open("/explore?country=TW&level=town&indicator=population.total&period=2017&lang=en");
        awaitMap();
        assertThat(browser.findElement(By.id("sex-control")).isDisplayed()).isTrue();

        new Select(browser.findElement(By.id("sex"))).selectByValue("F");
        waiting().until(d -> d.getCurrentUrl().contains("sex=F"));
        new Select(browser.findElement(By.id("age-group"))).selectByValue("65-69");

        waiting().until(d -> d.findElement(By.id("map-caption")).getText().contains("Female, 65-69"));
        assertThat(mapState()).containsEntry("coloured", 368L);
        open("/explore?country=TW&level=town&indicator=industry.establishments&period=2021-06&lang=en");
        awaitMap();
        assertThat(browser.findElement(By.id("sex-control")).isDisplayed()).isFalse();
        assertThat(new Select(browser.findElement(By.id("item"))).getOptions()).hasSize(20);
    }

    @Test
    void theVillagesOfOneTownComeOnDemand() {
        open("/explore?country=TW&level=town&indicator=population.share_65_plus&period=2021-06");
        awaitMap();

        new Select(browser.findElement(By.id("villages-of"))).selectByValue("TW:10013010");

        // 屏東市: 79 villages in 2021, 56 with a boundary (docs/data/taiwan.md)
        waiting().until(d -> Long.valueOf(56).equals(mapState().get("regions")));
        assertThat(mapState()).containsEntry("coloured", 56L);
        assertThat(browser.getCurrentUrl()).contains("level=village").contains("parent=TW%3A10013010");
        assertThat(browser.findElements(By.cssSelector("#ranking tbody tr"))).hasSize(79);
        assertThat(site.consoleErrors()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapState() {
        return (Map<String, Object>) browser.executeScript("return sousei.mapState()");
    }

    @Test
    void anEmbeddedMapHasNoSiteChromeAndLinksToTheFullExplorer() {
        open(AGEING_MAP.replace("/explore", "/embed/map") + "&lang=en");
        awaitMap();

        assertThat(mapState()).containsEntry("regions", 368L).containsEntry("coloured", 368L);
        assertThat(browser.findElements(By.cssSelector("header.site"))).isEmpty();
        assertThat(browser.findElement(By.id("controls")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("open-full")).getDomProperty("href"))
                .contains("/explore?")
                .contains("indicator=population.share_65_plus");
        open(AGEING_MAP);
        awaitMap();
        assertThat(browser.findElement(By.id("embed-code")).getDomProperty("value"))
                .startsWith("<iframe src=\"" + site.baseUrl() + "/embed/map?")
                .contains("period=2017");
        assertThat(site.consoleErrors()).isEmpty();
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

        Path file = site.downloads().resolve("population.share_65_plus.csv");
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
                "/embed/map?country=TW&level=county&indicator=population.total&lang=ja",
                "/data");
        for (String page : pages) {
            open(page);
            if (page.startsWith("/explore") || page.startsWith("/embed")) {
                awaitMap();
            }
            if (page.startsWith("/region")) {
                waiting().until(d -> "true"
                        .equals(d.findElement(By.tagName("body")).getDomAttribute("data-charts-ready")));
            }
            assertThat(site.consoleErrors()).as(page).isEmpty();
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
