import io.sousei.cli.browser.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Time from navigation to the explorer's map painted, and the bytes transferred, in headless Chromium. The page marks
 * its map {@code data-ready="true"} once ECharts has drawn every region; a script added before any page script records
 * {@code performance.now()} at that moment. A cold run starts from an empty browser cache; warm runs reload the same
 * page with the cache kept. Usage: {@code java -cp … bench/MapPaint.java BASE_URL PATH [RUNS]}.
 */
class MapPaint {

    static final String RECORDER = """
            new MutationObserver((changes, observer) => {
              const map = document.getElementById('map');
              if (map && map.dataset.ready === 'true') {
                window.__painted = performance.now();
                observer.disconnect();
              }
            }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-ready']});
            """;

    static final String MEASURE = """
            const nav = performance.getEntriesByType('navigation')[0];
            const resources = performance.getEntriesByType('resource');
            return {
              painted: window.__painted || null,
              transferred: nav.transferSize + resources.reduce((s, r) => s + r.transferSize, 0),
              decoded: nav.decodedBodySize + resources.reduce((s, r) => s + r.decodedBodySize, 0),
              requests: 1 + resources.length
            };
            """;

    public static void main(String[] args) throws Exception {
        String url = args[0] + args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path home = Files.createTempDirectory("sousei-map-paint");
        ChromeDriver browser = Chromium.start(home.resolve("profile"), home.resolve("downloads"));
        try {
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
            List<String> rows = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                if (run == 0) {
                    browser.executeCdpCommand("Network.enable", Map.of());
                    browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
                }
                browser.get(url);
                Map<?, ?> m = await(browser);
                rows.add(String.format(
                        "| %s | %.0f ms | %,d B | %,d B | %s |",
                        run == 0 ? "cold" : "warm " + run,
                        ((Number) m.get("painted")).doubleValue(),
                        ((Number) m.get("transferred")).longValue(),
                        ((Number) m.get("decoded")).longValue(),
                        m.get("requests")));
            }
            System.out.println("| run | navigation → map painted | transferred | decoded | requests |");
            System.out.println("|---|---|---|---|---|");
            rows.forEach(System.out::println);
        } finally {
            browser.quit();
        }
    }

    private static Map<?, ?> await(ChromeDriver browser) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Map<?, ?> m = (Map<?, ?>) browser.executeScript(MEASURE);
            if (m.get("painted") != null) {
                Thread.sleep(200); // let late resources finish so the byte count is complete
                return (Map<?, ?>) browser.executeScript(MEASURE);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the map was not painted within 30 s");
    }
}
