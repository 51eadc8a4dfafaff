package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The host desk as a member of staff first sees it, before signing in, in a real browser
 * ({@link Chromium}): the browser's language, the switch to the other three, the sign-in through
 * the casino's identity provider, reachable by keyboard, and axe-core's check at desktop and phone
 * widths. Screenshots go to {@code target/screenshots/desk-signed-out-*.png}.
 */
class DeskPageIT {
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    @TempDir
    Path profile;

    private HttpFixture http;
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        http = new HttpFixture(Map.of("HEYSEVEN_DRAIN_SECONDS", "0"));
    }

    @AfterEach
    void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            http.close();
        }
    }

    @Test
    void aSpanishSpeakingHostSeesTheSignInInSpanishAndCanSwitchToEachLanguage() {
        browser = Chromium.start(profile, "es-ES");
        browser.manage().window().setSize(DESKTOP);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(http.uri("/desk").toString());
        WebElement signIn = wait.until(d -> d.findElement(By.id("sign-in")).isDisplayed() ? d.findElement(By.id("sign-in")) : null);
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Iniciar sesión", signIn.getText());
        assertEquals(http.uri("/desk/login").toString(), signIn.getAttribute("href"), "the sign-in goes through the casino's identity provider");
        assertEquals(signIn, browser.switchTo().activeElement(), "the sign-in has the keyboard's focus");
        assertTrue(browser.findElements(By.cssSelector("#tabs [role=tab]")).stream().noneMatch(WebElement::isDisplayed),
                "no view of the desk before signing in");
        assertNoSeriousViolations("desktop");
        Chromium.screenshot(browser, "desk-signed-out-desktop");

        Select language = new Select(browser.findElement(By.id("language")));
        Map<String, List<String>> expected = Map.of("pt", List.of("Entrar", "Mesa dos anfitriões"), "zh", List.of("登录", "接待台"),
                "en", List.of("Sign in", "Host desk"));
        for (String code : List.of("pt", "zh", "en")) {
            language.selectByValue(code);
            assertEquals(code, browser.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals(expected.get(code).get(0), browser.findElement(By.id("sign-in")).getText());
            assertEquals(expected.get(code).get(1), browser.findElement(By.cssSelector("header h1")).getText());
            assertEquals("Hey Seven · " + expected.get(code).get(1), browser.getTitle());
        }
        language.selectByValue("zh");
        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.id("sign-in")).isDisplayed());
        assertEquals("登录", browser.findElement(By.id("sign-in")).getText(), "the chosen language is kept over a reload");

        browser.manage().window().setSize(PHONE);
        long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(width <= PHONE.getWidth(), "no sideways scrolling on a phone: " + width);
        assertNoSeriousViolations("phone");
        Chromium.screenshot(browser, "desk-signed-out-phone");
    }

    private void assertNoSeriousViolations(String width) {
        List<Chromium.Violation> all = Chromium.axe(browser);
        System.out.println("axe-core on the desk at " + width + " width: " + all.size() + " violations " + all);
        assertEquals(List.of(), all.stream().filter(v -> v.impact().equals("serious") || v.impact().equals("critical")).toList(),
                "axe-core at " + width + " width");
    }
}
