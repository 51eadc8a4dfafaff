package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.casino.Branding;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.ratelimit.RateDecision;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each property's own page, the development picker, the widget and the icon, over real HTTP. */
class ChatPagesIT {
    private static final CasinoConfig PALMS = new CasinoConfig("aurora-palms", "Tom & Jerry's <Palms> </script>",
            ZoneId.of("America/Los_Angeles"), "1-800-GAMBLER", List.of("en"), List.of(), Map.of(), Map.of(), List.of(),
            new Branding("#0B5563", "#fc0", "https://cdn.palms.example/logo.svg", "", "+1 702 555 0123",
                    List.of("https://www.palms.example", "https://book.palms.example:8443"), Map.of(), Map.of()));
    private static final CasinoConfig PLAIN = new CasinoConfig("plain-casino", "Plain Casino", ZoneId.of("UTC"), "", List.of("en"),
            List.of(), Map.of());
    private static final CasinoConfigSource CASINOS = new CasinoConfigSource() {
        @Override
        public Optional<CasinoConfig> find(String casinoId) {
            return all().stream().filter(casino -> casino.id().equals(casinoId)).findFirst();
        }

        @Override
        public List<CasinoConfig> all() {
            return List.of(PALMS, PLAIN);
        }
    };

    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    private void start(boolean picker) {
        ChatPage page = new ChatPage(Rotating.of(WebhookSecret.of("page-secret")), Set.of(), CASINOS, picker, ChatPage.DEFAULT_TOKEN_LIFETIME);
        server = HttpServer.start(new HttpSettings("127.0.0.1", 0, Rotating.of(ApiKeys.parse("access-key")), Duration.ofSeconds(5),
                Duration.ofSeconds(5), false, Rotating.none(), Rotating.none(), page), new DrivingPorts(new SlowConcierge(),
                RecordingUpdates.refusing(), (casino, guest, actor) -> Optional.empty(), new RefusingSms(), new RefusingSms(),
                (thread, rating, comment, casino) -> Optional.empty()), key -> new RateDecision(true, 1, Duration.ZERO),
                HealthSources.of(List.of()), new BuildInfo("test", "test"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPropertysPageHasItsNameEscapedItsColoursAndNoPicker() throws Exception {
        start(true);
        HttpResponse<String> page = get("/c/aurora-palms", "text/html");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<title>Tom &amp; Jerry&#39;s &lt;Palms&gt; &lt;/script&gt;</title>"), html);
        assertFalse(html.contains("<select"), "no picker on a property's own page");
        assertEquals(1, html.split("</script>", -1).length - 2, "the name never ends the data block: " + html);
        assertTrue(html.contains("\"primary\":\"#0b5563\"") && html.contains("\"accent\":\"#ffcc00\""), html);
        assertTrue(html.contains("\"on_primary\":\"#ffffff\""), "white reads on a dark brand colour");
        assertTrue(html.contains("<img class=\"logo\" src=\"https://cdn.palms.example/logo.svg\" alt=\"\">"), html);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.endsWith("frame-ancestors https://www.palms.example https://book.palms.example:8443"), policy);
        assertTrue(policy.contains("img-src 'self' https://cdn.palms.example;"), policy);
        assertTrue(policy.contains("script-src 'self';"), policy);
    }

    @Test
    void aPropertyWithoutBrandingHasHeySevensLookAndNoSiteMayFrameIt() throws Exception {
        start(false);
        HttpResponse<String> page = get("/c/plain-casino", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<span class=\"logo monogram\" aria-hidden=\"true\">PC</span>"), page.body());
        assertTrue(page.body().contains("<link rel=\"icon\" href=\"/favicon.ico\">"));
        assertTrue(page.body().contains("\"primary\":\"" + Branding.DEFAULT_PRIMARY + "\""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().endsWith("frame-ancestors 'none'"));
    }

    @Test
    void anUnknownPropertyIsANotFoundPageForABrowserAndAProblemForAProgram() throws Exception {
        start(true);
        for (String path : List.of("/c/atlantis", "/c/Aurora-Palms", "/c/-x")) {
            HttpResponse<String> html = get(path, "text/html,application/xhtml+xml");
            assertEquals(404, html.statusCode(), path);
            assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            assertTrue(html.body().contains("Page not found"), html.body());
            HttpResponse<String> problem = get(path, "application/json");
            assertEquals(404, problem.statusCode());
            assertEquals("application/problem+json", problem.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(problem.body().contains("/unknown-casino\""), problem.body());
        }
    }

    @Test
    void thePickerIsServedOnlyWhereItIsOn() throws Exception {
        start(true);
        HttpResponse<String> dev = get("/", "text/html");
        assertEquals(200, dev.statusCode());
        assertTrue(dev.body().contains("<option value=\"aurora-palms\">") && dev.body().contains("<option value=\"plain-casino\">"));
        assertTrue(dev.body().contains("<title>Hey Seven</title>"));
        assertTrue(dev.headers().firstValue("Content-Security-Policy").orElseThrow().endsWith("frame-ancestors 'none'"));
        server.close();

        start(false);
        HttpResponse<String> prod = get("/", "text/html");
        assertEquals(404, prod.statusCode());
        assertFalse(prod.body().contains("aurora-palms"), "no property's name where there is no picker");
    }

    @Test
    void theIconAndTheWidgetAreServed() throws Exception {
        start(false);
        HttpResponse<byte[]> icon = client.send(HttpRequest.newBuilder(uri("/favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode());
        assertEquals("image/x-icon", icon.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(new byte[] {0, 0, 1, 0}, Arrays.copyOf(icon.body(), 4), "an ICO file");
        HttpResponse<String> widget = get("/widget.js", "*/*");
        assertEquals(200, widget.statusCode());
        assertTrue(widget.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertTrue(widget.body().contains("\"/c/\" + encodeURIComponent(casino)"), "it opens the property's own page");
    }

    @Test
    void theHostDeskIsAPublicShellWithItsFilesUnderTheStrictPolicy() throws Exception {
        start(false);
        HttpResponse<String> desk = get("/desk", "text/html");
        assertEquals(200, desk.statusCode());
        assertTrue(desk.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(desk.body().contains("<script src=\"/desk/desk.js\"></script>") && desk.body().contains("href=\"/desk/desk.css\""));
        assertTrue(desk.body().contains("href=\"/desk/login\""), "a sign-in through the identity provider");
        assertFalse(desk.body().contains("aurora-palms"), "the shell names no property: the signed-in member's casinos come from /v1/staff/me");
        for (String path : List.of("/desk", "/desk/desk.js", "/desk/desk.css")) {
            HttpResponse<String> file = get(path, "*/*");
            assertEquals(200, file.statusCode(), path);
            assertEquals(PageView.STRICT_POLICY, file.headers().firstValue("Content-Security-Policy").orElseThrow(), path);
            assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElseThrow(), path);
        }
        assertTrue(get("/desk/desk.js", "*/*").headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertTrue(get("/desk/desk.css", "*/*").headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertFalse(get("/desk/desk.js", "*/*").body().contains("innerHTML"), "server text is only ever set as text");
    }

    @Test
    void aPageTokenIsGoodOnItsOwnPagesGetWithoutAnOriginAndNowhereElse() throws Exception {
        start(false);
        String own = "http://127.0.0.1:" + server.port();
        HttpResponse<String> issued = client.send(HttpRequest.newBuilder(uri("/v1/chat/token")).header("Origin", own)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"casino_id\":\"aurora-palms\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, issued.statusCode(), issued.body());
        String token = Json.MAPPER.readTree(issued.body()).path("token").asText();
        // a browser sends no Origin on a same-origin GET (the page's host stream): the server's own origin is meant
        HttpResponse<String> sameOrigin = get("/v1/threads/thread-1/host", Map.of("Authorization", "Bearer " + token));
        assertFalse(sameOrigin.statusCode() == 401 || sameOrigin.statusCode() == 403, sameOrigin.statusCode() + " " + sameOrigin.body());
        HttpResponse<String> elsewhere = get("/v1/threads/thread-1/host", Map.of("Authorization", "Bearer " + token,
                "Origin", "https://elsewhere.example"));
        assertEquals(401, elsewhere.statusCode(), "another site's page cannot use it");
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri("/v1/feedback")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"thread_id\":\"t\",\"rating\":5}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, post.statusCode(), "a browser always sends Origin on a POST: one without it is not the page's");
    }

    @Test
    void aHeadRequestIsRefusedAsAMethodNotServedNotAFailure() throws Exception {
        start(true);
        for (String path : List.of("/favicon.ico", "/widget.js", "/c/aurora-palms", "/", "/page/chat.js", "/desk", "/desk/desk.js")) {
            HttpResponse<Void> head = client.send(HttpRequest.newBuilder(uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(405, head.statusCode(), path);
        }
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
