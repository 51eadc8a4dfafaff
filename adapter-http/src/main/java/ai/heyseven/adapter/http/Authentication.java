package ai.heyseven.adapter.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Checks a route's credential and remembers its scope for the handler: an API key in
 * {@code X-API-Key}, or the chat page's token in {@code Authorization: Bearer}, which is good for one
 * casino, from the origin it was issued to, on the routes of {@link Access#PAGE_TOKEN_OR_API_KEY} only.
 */
final class Authentication {
    static final String HEADER = "X-API-Key";
    private static final String ATTRIBUTE = "heyseven.api-scope";
    private static final String BEARER = "Bearer ";

    private final Rotating<ApiKeys> keys;
    private final PageTokens pageTokens;

    Authentication(Rotating<ApiKeys> keys, PageTokens pageTokens) {
        this.keys = keys;
        this.pageTokens = pageTokens;
    }

    /** Authenticates the call; {@code pageTokenAccepted} when the route is one of the page's own. */
    void check(Context ctx, boolean pageTokenAccepted) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.startsWith(BEARER) && ctx.header(HEADER) == null) {
            String token = authorization.substring(BEARER.length()).strip();
            String casino = origins(ctx).stream().map(origin -> pageTokens.verify(token, origin)).flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> HttpProblem.unauthorized("the page token is not valid, has expired, or comes from another origin"));
            if (!pageTokenAccepted) {
                throw HttpProblem.forbidden("a page token is good for the chat page's calls only");
            }
            ctx.attribute(ATTRIBUTE, new ApiKeys.Scope(casino, "page:" + casino));
            return;
        }
        String presented = ctx.header(HEADER);
        if (presented == null || presented.isEmpty()) {
            throw HttpProblem.unauthorized("send your API key in the X-API-Key header");
        }
        ApiKeys.Scope scope = keys.valid().stream().map(valid -> valid.authenticate(presented)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> HttpProblem.unauthorized("the API key is not valid"));
        ctx.attribute(ATTRIBUTE, scope);
    }

    /**
     * The origins the page's call may come from: its {@code Origin}; or, for a {@code GET} without one,
     * this server's own (a browser sends no {@code Origin} on a same-origin {@code GET}, such as the
     * page's host stream, and always sends one across origins, so nothing is given to another site).
     */
    private static List<String> origins(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null) {
            return List.of(origin);
        }
        String host = ctx.header("Host");
        return "GET".equals(ctx.method().name()) && host != null ? List.of("https://" + host, "http://" + host) : List.of();
    }

    static ApiKeys.Scope scope(Context ctx) {
        ApiKeys.Scope scope = ctx.attribute(ATTRIBUTE);
        if (scope == null) {
            throw new IllegalStateException("route " + ctx.path() + " was reached without authentication");
        }
        return scope;
    }
}
