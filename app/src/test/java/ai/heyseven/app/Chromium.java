package ai.heyseven.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its own chromedriver (Selenium Manager never runs: both
 * paths are given), with the browser language a guest would have; and axe-core run in its page.
 */
final class Chromium {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private Chromium() {
    }

    /** A browser whose language (navigator.language, Accept-Language) is {@code language}, e.g. {@code es-ES}. */
    static ChromeDriver start(Path profile, String language) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--lang=" + language, "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build(),
                options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /** Saves what the browser shows as {@code target/screenshots/{name}.png}. */
    static void screenshot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One accessibility rule the page breaks, as axe-core reports it. */
    record Violation(String id, String impact, String help, long nodes) { }

    /** axe-core's violations on the page as it is now (its script injected by the driver, not by the page). */
    static List<Violation> axe(ChromeDriver browser) {
        browser.executeScript(axeScript());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ["violations"] })
                    .then((result) => done(result.violations.map((v) => ({ id: v.id, impact: v.impact || "", help: v.help,
                        nodes: v.nodes.length }))))
                    .catch((e) => done([{ id: "axe-failed", impact: "critical", help: String(e), nodes: 0 }]));
                """);
        return found.stream().map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                ((Number) v.get("nodes")).longValue())).toList();
    }

    private static String axeScript() {
        try (InputStream in = Chromium.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test class path: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
