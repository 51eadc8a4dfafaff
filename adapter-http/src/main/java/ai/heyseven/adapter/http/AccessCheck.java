package ai.heyseven.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The one authentication step: runs before every matched route and does what the route's
 * {@link Access} asks — a credential, then a request from its budget — before the handler runs.
 */
final class AccessCheck implements Handler {
    private final Authentication auth;
    private final RateLimiting limits;

    AccessCheck(Authentication auth, RateLimiting limits) {
        this.auth = auth;
        this.limits = limits;
    }

    @Override
    public void handle(Context ctx) {
        String route = ctx.endpoints().matchedHttpEndpoint().path;
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
        }
    }
}
