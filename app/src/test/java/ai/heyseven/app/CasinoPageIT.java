package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A property's own chat page as a guest sees it, in a real browser ({@link Chromium}) against the
 * dev server: {@code aurora-palms}'s name, colours, greeting, suggested questions and AI notice, a
 * question asked in Spanish, axe-core's accessibility check, and the one-line widget on the casino's
 * own site (a second server on another origin, listed in the property's {@code frame_origins}).
 * Screenshots go to {@code target/screenshots/}, at desktop and phone widths.
 */
class CasinoPageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    @TempDir
    Path profile;
    @TempDir
    Path properties;

    private HttpServer casinoSite;
    private HttpFixture http;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws IOException {
        casinoSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        casinoSite.createContext("/", exchange -> {
            byte[] page = casinoSitePage().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        casinoSite.start();
        for (String casino : List.of("aurora-palms", "harbor-lights")) {
            ObjectNode file = (ObjectNode) JSON.readTree(bundled(casino));
            if (casino.equals("aurora-palms")) {
                ((ObjectNode) file.path("casino").path("branding")).putArray("frame_origins").add(casinoSiteOrigin());
            }
            Files.writeString(properties.resolve(casino + ".json"), JSON.writeValueAsString(file));
        }
        http = new HttpFixture(Map.of("HEYSEVEN_PROPERTIES_DIR", properties.toString(), "HEYSEVEN_DRAIN_SECONDS", "0"));
    }

    @AfterEach
    void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            http.close();
            casinoSite.stop(0);
        }
    }

    @Test
    void aSpanishSpeakingGuestOpensAuroraPalmsOwnPageAsksAndThePagePassesAxe() {
        open("es-ES", "/c/aurora-palms");
        assertEquals("Aurora Palms Resort & Casino", browser.getTitle());
        assertTrue(browser.findElements(By.id("casino")).isEmpty(), "no property picker on a property's own page");
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("rgba(11, 85, 99, 1)", browser.findElement(By.cssSelector("header")).getCssValue("background-color"),
                "the header in the property's primary colour");
        WebElement greeting = browser.findElement(By.cssSelector("#conversation .greeting"));
        String welcome = greeting.findElement(By.cssSelector(".text")).getText();
        assertTrue(welcome.startsWith("¡Bienvenido a Aurora Palms!"), welcome);
        assertEquals(List.of("¿Qué restaurantes italianos tienen?", "¿Está abierto el spa ahora?", "¿A qué hora abre el buffet mañana?",
                "¿Cómo funcionan los comps?"), greeting.findElements(By.cssSelector("button.suggestion")).stream().map(WebElement::getText).toList());
        WebElement notice = browser.findElement(By.id("notice"));
        assertTrue(notice.getText().contains("asistente de IA") && notice.getText().contains("1-800-GAMBLER"), notice.getText());
        assertEquals(List.of("tel:+17025550123", "tel:18004262537"), notice.findElements(By.tagName("a")).stream()
                .map(link -> link.getAttribute("href")).toList(), "the host desk and the helpline, one tap away");
        Chromium.screenshot(browser, "casino-page-greeting-desktop");

        ask("¿A qué hora abre el buffet mañana?");
        WebElement answer = done(1);
        String text = answer.findElement(By.cssSelector(".text")).getText();
        assertFalse(text.isBlank());
        assertTrue(answer.findElements(By.cssSelector(".source")).stream().anyMatch(card -> card.getText().contains("Desert Bloom")),
                "the buffet is cited: " + text);
        assertTrue(text.contains("Mañana") && text.contains("abre"), "tomorrow's hours, in Spanish: " + text);
        assertTrue(browser.findElements(By.cssSelector("button.suggestion")).isEmpty(), "the suggestions make way for the conversation");
        assertNoSeriousViolations("desktop");
        Chromium.screenshot(browser, "casino-page-answer-desktop");

        browser.manage().window().setSize(PHONE);
        long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(width <= PHONE.getWidth(), "no sideways scrolling on a phone: " + width);
        assertNoSeriousViolations("phone");
        Chromium.screenshot(browser, "casino-page-answer-phone");
    }

    @Test
    void aSuggestedQuestionIsAskedWithOneTap() {
        open("en-US", "/c/aurora-palms");
        browser.manage().window().setSize(PHONE);
        Chromium.screenshot(browser, "casino-page-greeting-phone");
        WebElement first = browser.findElement(By.cssSelector("button.suggestion"));
        assertEquals("What Italian restaurants do you have?", first.getText());
        first.click();
        WebElement answer = done(1);
        String asked = browser.findElement(By.cssSelector("#conversation .guest")).getText();
        assertTrue(asked.endsWith("What Italian restaurants do you have?"), asked);
        assertTrue(answer.getText().contains("Trattoria Lucia"), answer.getText());
        assertEquals(List.of(), browser.findElements(By.cssSelector("button.suggestion")));
        browser.findElement(By.id("new-conversation")).click();
        assertEquals(4, browser.findElements(By.cssSelector("button.suggestion")).size(), "a new conversation greets again");
    }

    @Test
    void anAnswersListsBoldAndLinksAreRenderedAsElementsAndNothingElseIsMarkup() {
        open("en-US", "/c/aurora-palms");
        String html = (String) browser.executeScript("""
                const box = document.createElement("div");
                render(box, "Two picks:\\n- **Trattoria Lucia** <img src=x onerror=alert(1)>\\n- [menu](https://aurora.example/menu)"
                    + " and [trap](javascript:alert(1))\\nMore at https://aurora.example/dining.");
                return box.innerHTML;
                """);
        assertEquals("<p>Two picks:</p><ul><li><strong>Trattoria Lucia</strong> &lt;img src=x onerror=alert(1)&gt;</li>"
                + "<li><a href=\"https://aurora.example/menu\" rel=\"noopener noreferrer\" target=\"_blank\">menu</a>"
                + " and [trap](javascript:alert(1))</li></ul><p>More at <a href=\"https://aurora.example/dining\" rel=\"noopener noreferrer\""
                + " target=\"_blank\">https://aurora.example/dining</a>.</p>", html);
    }

    @Test
    void theWidgetOnTheCasinosOwnSiteOpensItsChat() {
        open("en-US", "/");
        browser.get(casinoSiteOrigin() + "/");
        WebElement launcher = wait.until(d -> d.findElements(By.cssSelector("button.heyseven-launcher")).stream().findFirst().orElse(null));
        assertEquals("false", launcher.getAttribute("aria-expanded"));
        launcher.click();
        assertEquals("true", launcher.getAttribute("aria-expanded"));
        WebElement frame = browser.findElement(By.cssSelector("iframe[title='Chat with us']"));
        assertEquals(http.uri("/c/aurora-palms").toString(), frame.getAttribute("src"));
        browser.switchTo().frame(frame);
        wait.until(d -> !d.findElements(By.id("message")).isEmpty());
        assertEquals("Aurora Palms Resort & Casino", browser.findElement(By.id("name")).getText());
        ask("Where can I get sushi?");
        WebElement answer = done(1);
        assertTrue(answer.getText().contains("Kaze Sushi"), answer.getText());
        browser.switchTo().defaultContent();
        Chromium.screenshot(browser, "widget-on-casino-site-desktop");
        browser.manage().window().setSize(PHONE);
        Chromium.screenshot(browser, "widget-on-casino-site-phone");
    }

    @Test
    void aSiteTheCasinoDidNotListCannotFrameItsPage() {
        HttpResponse<String> page = http.get("/c/aurora-palms");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().endsWith("frame-ancestors " + casinoSiteOrigin()));
        assertTrue(http.get("/c/harbor-lights").headers().firstValue("Content-Security-Policy").orElseThrow()
                .endsWith("frame-ancestors https://www.harbor-lights.example"));

        open("en-US", "/");
        browser.get(casinoSiteOrigin().replace("127.0.0.1", "localhost") + "/"); // the same site, another origin
        wait.until(d -> d.findElements(By.cssSelector("button.heyseven-launcher")).stream().findFirst().orElse(null)).click();
        browser.switchTo().frame(browser.findElement(By.cssSelector("iframe[title='Chat with us']")));
        assertTrue(browser.findElements(By.id("message")).isEmpty(), "the browser refused to show the page in this frame");
    }

    private void open(String language, String path) {
        browser = Chromium.start(profile, language);
        browser.manage().window().setSize(DESKTOP);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(http.uri(path).toString());
    }

    private void ask(String question) {
        browser.findElement(By.id("message")).sendKeys(question);
        browser.findElement(By.id("send")).click();
    }

    private WebElement done(int count) {
        return wait.until(d -> {
            List<WebElement> answers = d.findElements(By.cssSelector("#conversation .answer"));
            if (answers.size() < count) {
                return null;
            }
            WebElement last = answers.get(answers.size() - 1);
            return "false".equals(last.findElement(By.cssSelector(".text")).getAttribute("aria-busy"))
                    && !last.findElements(By.cssSelector(".feedback")).isEmpty() ? last : null;
        });
    }

    private void assertNoSeriousViolations(String width) {
        List<Chromium.Violation> all = Chromium.axe(browser);
        System.out.println("axe-core at " + width + " width: " + all.size() + " violations " + all);
        List<Chromium.Violation> serious = all.stream().filter(v -> v.impact().equals("serious") || v.impact().equals("critical")).toList();
        assertEquals(List.of(), serious, "axe-core at " + width + " width");
    }

    private String casinoSiteOrigin() {
        return "http://127.0.0.1:" + casinoSite.getAddress().getPort();
    }

    /** The casino's own site: its content and the one line it pasted. */
    private String casinoSitePage() {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Aurora Palms — Official Site</title></head>
                <body style="font-family: Georgia, serif; margin: 0; background: #f5efe4; color: #1f2a2e">
                <h1 style="background: #0b5563; color: #fff; margin: 0; padding: 1.5rem">Aurora Palms Resort &amp; Casino</h1>
                <p style="padding: 1.5rem">Rooms, dining and shows in the desert. Questions? Ask our concierge, bottom right.</p>
                <script src="%s/widget.js" data-casino="aurora-palms" data-color="#0b5563"></script>
                </body></html>
                """.formatted("http://127.0.0.1:" + http.server.port());
    }

    private static String bundled(String casino) {
        try (InputStream in = CasinoPageIT.class.getResourceAsStream("/ai/heyseven/adapter/local/properties/" + casino + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
