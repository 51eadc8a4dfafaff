package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.ratelimit.RateDecision;
import io.javalin.security.RouteRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who may call each route is declared once, beside it: exactly one {@link Access} on every route the server answers. */
class RouteAccessIT {
    private final HttpServer server = HttpServer.start(new HttpSettings("127.0.0.1", 0, ApiKeys.parse("access-key"), Duration.ofSeconds(5),
            Duration.ofSeconds(5), false, Optional.empty(), Optional.empty()), new DrivingPorts(new SlowConcierge(), RecordingUpdates.refusing(),
            (casino, guest, actor) -> Optional.empty(), new RefusingSms(), new RefusingSms(), (thread, rating, comment, casino) -> Optional.empty()),
            key -> new RateDecision(true, 1, Duration.ZERO), HealthSources.of(List.of()), new BuildInfo("test", "test"));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyRouteDeclaresExactlyOneAccessKind() {
        Map<String, Set<RouteRole>> routes = server.routeRoles();
        assertFalse(routes.isEmpty());
        assertEquals(server.routes().size(), routes.size());
        routes.forEach((route, roles) -> assertTrue(roles.size() == 1 && roles.iterator().next() instanceof Access,
                route + " declares " + roles + ", not exactly one Access"));
    }

    @Test
    void onlyThePagesOwnCallsTakeAPageTokenAndOnlyTheWebhooksGoUnkeyed() {
        Map<Access, Set<String>> byAccess = server.routeRoles().entrySet().stream().collect(Collectors.groupingBy(
                route -> Access.of(route.getValue(), route.getKey()), Collectors.mapping(Map.Entry::getKey, Collectors.toSet())));
        assertEquals(Set.of("POST /v1/chat", "POST /v1/feedback", "GET /v1/threads/{thread_id}/host"), byAccess.get(Access.PAGE_TOKEN_OR_API_KEY));
        assertTrue(byAccess.get(Access.STAFF).stream().allMatch(route -> route.contains(" /v1/casinos/") || route.endsWith(" /v1/staff/me")),
                byAccess.get(Access.STAFF).toString());
        assertEquals(Set.of("POST /v1/webhooks/cms", "POST /v1/webhooks/sms"), byAccess.get(Access.SIGNED));
        assertEquals(Set.of("POST /v1/chat/token"), byAccess.get(Access.PAGE_ORIGIN));
        assertTrue(byAccess.get(Access.PUBLIC).stream().noneMatch(route -> route.contains(" /v1/")), byAccess.toString());
    }

    @Test
    void aRouteWithoutAnAccessKindIsRefusedAsAProgrammerError() {
        assertThrows(IllegalStateException.class, () -> Access.of(Set.of(), "GET /new"));
        assertThrows(IllegalStateException.class, () -> Access.of(Set.of(Access.PUBLIC, Access.API_KEY), "GET /new"));
    }
}
