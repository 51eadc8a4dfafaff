package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.ratelimit.RateDecision;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff sign in through a real OpenID Connect server (navikt's mock-oauth2-server, started here) and with staff keys. */
class StaffSignInIT {
    static final String CLIENT_ID = "heyseven-desk";
    static final String STAFF_KEY = "staff-key-for-automation-0001";
    static final String GUEST_KEY = "guest-key-0001";

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final MockOAuth2Server identityProvider = new MockOAuth2Server();
    private final java.util.concurrent.atomic.AtomicInteger refusedCredentials = new java.util.concurrent.atomic.AtomicInteger();
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        identityProvider.start(InetAddress.getLoopbackAddress(), 0);
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        OidcSettings oidc = new OidcSettings(URI.create(identityProvider.issuerUrl("default").toString()), CLIENT_ID,
                Rotating.of("client-secret"), URI.create(base + "/desk/callback"), OidcSettings.DEFAULT_ROLES_CLAIM, Duration.ofSeconds(5));
        StaffAccess staff = new StaffAccess(Rotating.of(StaffKeys.parse("host:" + STAFF_KEY + "@aurora-palms")),
                Rotating.of(WebhookSecret.of("session-secret")), Optional.of(oidc), false);
        server = HttpServer.start(new HttpSettings("127.0.0.1", port, ApiKeys.parse(GUEST_KEY), Duration.ofSeconds(5),
                Duration.ofSeconds(5), false, Optional.empty(), Optional.empty()).withStaff(staff),
                new DrivingPorts(new SlowConcierge(), RecordingUpdates.refusing(), (casino, guest, actor) -> Optional.empty(),
                        new RefusingSms(), new RefusingSms(), (thread, rating, comment, casino) -> Optional.empty()),
                key -> new RateDecision(!key.startsWith("staff-sign-in|") || refusedCredentials.incrementAndGet() <= 3, 1, Duration.ofSeconds(7)),
                HealthSources.of(List.of()), new BuildInfo("test", "test"));
    }

    @AfterEach
    void stop() {
        server.close();
        identityProvider.shutdown();
    }

    @Test
    void aHostSignsInWithTheCodeFlowAndTheSessionCookieSaysWhoAndWhere() throws Exception {
        signInAs("maria", "Maria Lopez", List.of("host@aurora-palms", "compliance@aurora-palms", "admin@", "croupier@aurora-palms"));
        HttpResponse<String> login = get("/desk/login", Map.of());
        assertEquals(302, login.statusCode());
        URI authorize = URI.create(login.headers().firstValue("Location").orElseThrow());
        assertTrue(authorize.toString().startsWith(identityProvider.issuerUrl("default").toString()), authorize.toString());
        String query = authorize.getRawQuery();
        assertTrue(query.contains("code_challenge_method=S256") && query.contains("code_challenge=") && query.contains("nonce=")
                && query.contains("state="), query);
        String pending = cookie(login, DeskSignInRoutes.PENDING_COOKIE);
        assertTrue(login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("HttpOnly") && c.contains("SameSite=Lax")));

        URI callback = URI.create(send(HttpRequest.newBuilder(authorize).GET().build()).headers().firstValue("Location").orElseThrow());
        assertTrue(callback.toString().startsWith(base + "/desk/callback?"), callback.toString());
        HttpResponse<String> finished = get(callback.getPath() + "?" + callback.getRawQuery(),
                Map.of("Cookie", DeskSignInRoutes.PENDING_COOKIE + "=" + pending));
        assertEquals(302, finished.statusCode(), finished.body());
        assertEquals("/desk", finished.headers().firstValue("Location").orElseThrow());
        String session = cookie(finished, StaffSessions.COOKIE);
        String setCookie = finished.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(StaffSessions.COOKIE)).findFirst()
                .orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && setCookie.contains("Max-Age=28800"), setCookie);

        HttpResponse<String> me = get("/v1/staff/me", Map.of("Cookie", StaffSessions.COOKIE + "=" + session));
        assertEquals(200, me.statusCode(), me.body());
        JsonNode body = Json.MAPPER.readTree(me.body());
        assertEquals("Maria Lopez", body.path("name").asText());
        assertTrue(body.path("id").asText().endsWith("#maria"), body.toString());
        assertEquals("[\"host\",\"compliance\"]", body.path("roles").path("aurora-palms").toString(), "unknown roles and casinos give nothing");
        assertEquals(1, body.path("roles").size(), body.toString());
    }

    @Test
    void aCallbackWhoseStateIsNotThisBrowsersIsRefused() throws Exception {
        signInAs("maria", "Maria Lopez", List.of("host@aurora-palms"));
        HttpResponse<String> login = get("/desk/login", Map.of());
        URI authorize = URI.create(login.headers().firstValue("Location").orElseThrow());
        URI callback = URI.create(send(HttpRequest.newBuilder(authorize).GET().build()).headers().firstValue("Location").orElseThrow());
        String forged = callback.getRawQuery().replaceAll("state=[^&]+", "state=someone-elses-state");
        HttpResponse<String> finished = get("/desk/callback?" + forged,
                Map.of("Cookie", DeskSignInRoutes.PENDING_COOKIE + "=" + cookie(login, DeskSignInRoutes.PENDING_COOKIE)));
        assertEquals(400, finished.statusCode(), finished.body());
        assertTrue(finished.body().contains("state"), finished.body());
        assertFalse(finished.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(StaffSessions.COOKIE)));
        assertEquals(400, get(callback.getPath() + "?" + callback.getRawQuery(), Map.of()).statusCode(), "no sign-in started here");
    }

    @Test
    void aTamperedSessionCookieIsRefused() throws Exception {
        HttpResponse<String> me = get("/v1/staff/me", Map.of("Cookie", StaffSessions.COOKIE + "="
                + new SignedValue(Rotating.of(WebhookSecret.of("another-secret"))).sign("{\"id\":\"x\",\"name\":\"x\",\"roles\":{},\"exp\":9999999999}")));
        assertEquals(401, me.statusCode(), me.body());
        assertEquals("application/problem+json", me.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void aGuestKeyIsForbiddenAStaffKeyIsKnownAndNothingIsUnauthorized() throws Exception {
        HttpResponse<String> guest = get("/v1/staff/me", Map.of("X-API-Key", GUEST_KEY));
        assertEquals(403, guest.statusCode(), guest.body());
        assertTrue(guest.body().contains("/forbidden\""), guest.body());
        HttpResponse<String> staff = get("/v1/staff/me", Map.of("X-API-Key", STAFF_KEY));
        assertEquals(200, staff.statusCode(), staff.body());
        JsonNode body = Json.MAPPER.readTree(staff.body());
        assertTrue(body.path("id").asText().startsWith("staff-key:"), body.toString());
        assertEquals("[\"host\"]", body.path("roles").path("aurora-palms").toString());
        assertEquals(401, get("/v1/staff/me", Map.of()).statusCode());
        assertEquals(401, get("/v1/staff/me", Map.of("X-API-Key", "not-a-key-of-anyone")).statusCode());
    }

    @Test
    void guessingStaffKeysSpendsTheAddresssBudgetAndIsCutOff() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(401, get("/v1/staff/me", Map.of("X-API-Key", "guess-" + i)).statusCode());
        }
        HttpResponse<String> cut = get("/v1/staff/me", Map.of("X-API-Key", "guess-4"));
        assertEquals(429, cut.statusCode(), cut.body());
        assertEquals("7", cut.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, get("/v1/staff/me", Map.of("X-API-Key", STAFF_KEY)).statusCode(), "a valid key spends nothing");
    }

    private void signInAs(String subject, String name, List<String> roles) {
        identityProvider.enqueueCallback(new DefaultOAuth2TokenCallback("default", subject, "JWT", List.of(CLIENT_ID),
                Map.of("name", name, OidcSettings.DEFAULT_ROLES_CLAIM, roles), 3600));
    }

    static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers().allValues("Set-Cookie")));
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
