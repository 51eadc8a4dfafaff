package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.Problem;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;

/**
 * The one authentication step: runs before every matched route and does what the route's
 * {@link Access} asks — a credential, then a request from its budget — before the handler runs.
 */
final class AccessCheck implements Handler {
    private final Authentication auth;
    private final StaffAuthentication staff;
    private final RateLimiting limits;

    AccessCheck(Authentication auth, StaffAuthentication staff, RateLimiting limits) {
        this.auth = auth;
        this.staff = staff;
        this.limits = limits;
    }

    @Override
    public void handle(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null) {
            // a HEAD that Javalin answers with a GET route's handler: no route of its own declares who may call it
            throw HttpProblem.of(Problem.of("method-not-allowed", "Method not allowed", 405, ctx.method() + " is not served here; use GET"));
        }
        String route = endpoint.path;
        switch (Access.of(ctx.routeRoles(), ctx.method() + " " + route)) {
            case PUBLIC, SIGNED -> { }
            case PAGE_ORIGIN -> limits.checkAnonymous(ctx, route);
            case API_KEY -> {
                auth.check(ctx, false);
                limits.check(ctx);
            }
            case PAGE_TOKEN_OR_API_KEY -> {
                auth.check(ctx, true);
                limits.check(ctx);
            }
            // staff are few and known: their routes spend no budget (the desk polls and streams), but a refused
            // credential spends the address's, so keys cannot be guessed at line speed
            case STAFF -> {
                try {
                    staff.check(ctx);
                } catch (HttpProblem refused) {
                    if (refused.problem().status() == 401) {
                        limits.checkAnonymous(ctx, "staff-sign-in");
                    }
                    throw refused;
                }
            }
        }
    }
}
