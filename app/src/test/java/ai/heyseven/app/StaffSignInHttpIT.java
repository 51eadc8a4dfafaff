package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff sign-in end to end: the server started with a real OpenID Connect server's issuer
 * (navikt's mock-oauth2-server, started here), the authorization code flow with PKCE followed hop by
 * hop, then the desk's routes with the session cookie — and its CSRF header on a change.
 */
class StaffSignInHttpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT_ID = "heyseven-desk";
    private static final MockOAuth2Server IDENTITY_PROVIDER = new MockOAuth2Server();
    private static HttpFixture http;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        IDENTITY_PROVIDER.start(InetAddress.getLoopbackAddress(), 0);
        int port = AppProcess.freePort();
        base = "http://127.0.0.1:" + port;
        http = new HttpFixture(Map.of("HEYSEVEN_PORT", Integer.toString(port),
                "HEYSEVEN_OIDC_ISSUER", IDENTITY_PROVIDER.issuerUrl("default").toString(),
                "HEYSEVEN_OIDC_CLIENT_ID", CLIENT_ID,
                "HEYSEVEN_OIDC_CLIENT_SECRET", "desk-client-secret",
                "HEYSEVEN_PUBLIC_URL", base,
                "HEYSEVEN_STAFF_SESSION_SECRET", "a-session-secret-shared-by-the-fleet"));
    }

    @AfterAll
    static void stop() throws Exception {
        HttpFixture.closeAll(http, IDENTITY_PROVIDER::shutdown);
    }

    @Test
    void aHostSignsInThroughTheIdentityProviderAndWorksTheQueueWithTheSessionCookie() throws Exception {
        IDENTITY_PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("default", "ana", "JWT", List.of(CLIENT_ID),
                Map.of("name", "Ana Ruiz", "heyseven_roles", List.of("host@aurora-palms")), 3600));
        HttpResponse<String> login = get(base + "/desk/login", Map.of());
        assertEquals(302, login.statusCode(), login.body());
        URI authorize = URI.create(login.headers().firstValue("Location").orElseThrow());
        assertTrue(authorize.getRawQuery().contains("code_challenge_method=S256"), authorize.toString());
        String pending = cookie(login, "heyseven_desk_login");

        HttpResponse<String> provider = get(authorize.toString(), Map.of());
        URI callback = URI.create(provider.headers().firstValue("Location").orElseThrow());
        assertTrue(callback.toString().startsWith(base + "/desk/callback?"), callback.toString());
        HttpResponse<String> finished = get(callback.toString(), Map.of("Cookie", "heyseven_desk_login=" + pending));
        assertEquals(302, finished.statusCode(), finished.body());
        assertEquals("/desk", finished.headers().firstValue("Location").orElseThrow());
        Map<String, String> session = Map.of("Cookie", "heyseven_staff=" + cookie(finished, "heyseven_staff"));

        JsonNode me = JSON.readTree(get(base + "/v1/staff/me", session).body());
        assertEquals("Ana Ruiz", me.path("name").asText());
        assertEquals("[\"host\"]", me.path("roles").path("aurora-palms").toString());
        assertEquals(200, get(base + "/v1/casinos/aurora-palms/cases?status=open", session).statusCode());
        assertEquals(403, get(base + "/v1/casinos/harbor-lights/cases", session).statusCode(), "no role at another casino");

        HttpResponse<String> forged = post("/v1/casinos/aurora-palms/cases/some-case/claim", session);
        assertEquals(403, forged.statusCode(), "a change with the cookie alone could come from another site: " + forged.body());
        Map<String, String> withHeader = Map.of("Cookie", session.get("Cookie"), "X-Desk", "1");
        assertEquals(404, post("/v1/casinos/aurora-palms/cases/some-case/claim", withHeader).statusCode(), "past the check: no such case");

        HttpResponse<String> logout = post("/desk/logout", Map.of());
        assertEquals(204, logout.statusCode());
        assertTrue(logout.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("heyseven_staff=;") && (c.contains("Max-Age=0") || c.contains("01 Jan 1970"))),
                logout.headers().allValues("Set-Cookie").toString());
    }

    @Test
    void aCallbackWithAnotherBrowsersStateIsRefusedAndNothingIsSignedIn() throws Exception {
        HttpResponse<String> login = get(base + "/desk/login", Map.of());
        String callback = get(login.headers().firstValue("Location").orElseThrow(), Map.of()).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> refused = get(callback.replaceAll("state=[^&]+", "state=forged"),
                Map.of("Cookie", "heyseven_desk_login=" + cookie(login, "heyseven_desk_login")));
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(401, get(base + "/v1/staff/me", Map.of("Cookie", "heyseven_staff=forged.0000")).statusCode());
    }

    private static HttpResponse<String> get(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return http.send(request);
    }

    private static HttpResponse<String> post(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return http.send(request);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + ": " + response.headers().allValues("Set-Cookie")));
    }
}
