package ai.heyseven.adapter.http;

import ai.heyseven.ports.casino.CasinoConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The chat page: a property's own page at {@code GET /c/{casino_id}}, the development page with a
 * picker at {@code GET /}, and {@code POST /v1/chat/token}, which gives the page its short-lived
 * credential for one casino — only to the server's own origin or a configured one. Its files are
 * {@link PageAssets}.
 */
final class PageRoutes {
    private static final String PAGE = PageAssets.PAGE;
    private static final Set<String> TOKEN_FIELDS = Set.of("casino_id");
    private static final Pattern CASINO_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final ChatPage page;
    private final PageTokens tokens;
    private final PageView view;
    private final String notFound;

    PageRoutes(ChatPage page, PageTokens tokens) {
        this.page = page;
        this.tokens = tokens;
        this.view = new PageView(PageAssets.resource(PAGE + "index.html"));
        this.notFound = PageAssets.resource(PAGE + "not-found.html");
    }

    /** {@code GET /}: every property in a picker, in development; elsewhere a 404 (each property has its own page). */
    void index(Context ctx) {
        if (!page.picker()) {
            notFound(ctx, "not-found", "this server shows each property's page at /c/{casino_id}");
            return;
        }
        List<CasinoConfig> casinos = page.casinos().all().stream().sorted(Comparator.comparing(CasinoConfig::id)).toList();
        html(ctx, view.picker(casinos));
    }

    /** {@code GET /c/{casino_id}}: the property's own page, in its colours, without a picker. */
    void pinned(Context ctx) {
        String casinoId = ctx.pathParam("casino_id");
        Optional<CasinoConfig> casino = CASINO_ID.matcher(casinoId).matches() ? page.casinos().find(casinoId) : Optional.empty();
        if (casino.isEmpty()) {
            notFound(ctx, "unknown-casino", "no property has the id in this address");
            return;
        }
        RequestLog.casino(casinoId);
        html(ctx, view.pinned(casino.get()));
    }

    private static void html(Context ctx, PageView.Rendered rendered) {
        PageAssets.secured(ctx, rendered.securityPolicy()).contentType("text/html; charset=utf-8").result(rendered.html());
    }

    /** A person's browser gets a page saying so; a program gets problem+json. */
    private void notFound(Context ctx, String slug, String detail) {
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/html")) {
            PageAssets.secured(ctx, PageView.STRICT_POLICY).status(404).contentType("text/html; charset=utf-8").result(notFound);
        } else {
            HttpServer.write(ctx, HttpProblem.notFound(slug, detail));
        }
    }

    /** {@code POST /v1/chat/token} {@code {"casino_id"}} → 201 {@code {"token", "casino_id", "expires_at"}}. */
    void token(Context ctx) {
        if (!tokens.enabled()) {
            throw HttpProblem.notFound("page-off", "the chat page is off on this server (HEYSEVEN_PAGE_TOKEN_SECRET is not set)");
        }
        String origin = ctx.header("Origin");
        if (origin == null || !allowedOrigin(origin, ctx.header("Host"))) {
            throw HttpProblem.forbidden("a page token is issued only to the chat page's own origin");
        }
        String casinoId = Bodies.text(Bodies.fields(ctx, 1024, TOKEN_FIELDS), "casino_id", true);
        if (!CASINO_ID.matcher(casinoId).matches() || page.casinos().find(casinoId).isEmpty()) {
            throw HttpProblem.badRequest("unknown casino_id '" + casinoId + "'");
        }
        RequestLog.casino(casinoId);
        PageTokens.Issued issued = tokens.issue(casinoId, origin);
        ctx.status(201).header("Cache-Control", "no-store").contentType("application/json")
                .result(Json.write(Map.of("token", issued.token(), "casino_id", casinoId, "expires_at", issued.expiresAt().toString())));
    }

    private boolean allowedOrigin(String origin, String host) {
        if (page.origins().contains(origin)) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return host != null && authority != null && authority.equalsIgnoreCase(host)
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

}
