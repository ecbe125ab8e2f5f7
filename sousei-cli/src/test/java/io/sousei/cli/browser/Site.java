package io.sousei.cli.browser;

import io.sousei.cli.TestApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real app over the repository's own data ({@link TestApplication#shared()}) and one headless Chromium, shared
 * by every browser test class of the run: a class asks for it with {@code @ExtendWith(Site.Shared.class)} and a
 * {@code Site} parameter on its {@code @BeforeAll} method. Without Chromium the tests are skipped, and the reason
 * is printed.
 */
public final class Site implements AutoCloseable {

    private final Path home;
    private final TestApplication app = TestApplication.shared();
    private final ChromeDriver browser;
    private final Path downloads;

    private Site(Path home) throws IOException {
        this.home = home;
        this.downloads = Files.createDirectories(home.resolve("downloads"));
        this.browser = Chromium.start(Files.createDirectories(home.resolve("profile")), downloads);
    }

    public ChromeDriver browser() {
        return browser;
    }

    public Path downloads() {
        return downloads;
    }

    public String baseUrl() {
        return app.baseUrl();
    }

    /** Opens a page of the app, e.g. {@code /explore?lang=en}. */
    public void open(String path) {
        browser.get(baseUrl() + path);
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Waits until the element with this id carries {@code data-ready="true"}. */
    public void awaitReady(String id) {
        waiting().until(d -> "true".equals(d.findElement(By.id(id)).getDomAttribute("data-ready")));
    }

    /** The console errors logged since the last call. */
    public List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() throws IOException {
        try {
            browser.quit();
        } finally {
            app.close();
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Starts the shared site on first use and closes it when the whole run ends. */
    public static final class Shared implements BeforeAllCallback, ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Site.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            var missing = Chromium.missing();
            missing.ifPresent(reason -> System.err.println("\n*** " + reason + " ***\n"));
            Assumptions.assumeTrue(missing.isEmpty(), () -> missing.orElse(""));
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Site.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Site.class, k -> start(), Site.class);
        }

        private static Site start() {
            try {
                return new Site(Files.createTempDirectory("sousei-browser"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
