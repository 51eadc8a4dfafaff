package ai.heyseven.adapter.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The chat page: {@code GET /} (the properties rendered into its picker), its script and style
 * from the jar (no CDN, no build step), and {@code POST /v1/chat/token}, which gives the page its
 * short-lived credential for one casino — only to the server's own origin or a configured one.
 */
final class PageRoutes {
    private static final String PAGE = "/heyseven/page/";
    private static final String SECURITY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Set<String> TOKEN_FIELDS = Set.of("casino_id");

    private final ChatPage page;
    private final PageTokens tokens;
    private final String html;
    private final String script;
    private final String style;

    PageRoutes(ChatPage page, PageTokens tokens) {
        this.page = page;
        this.tokens = tokens;
        this.html = resource(PAGE + "index.html");
        this.script = resource(PAGE + "chat.js");
        this.style = resource(PAGE + "chat.css");
    }

    void index(Context ctx) {
        StringBuilder options = new StringBuilder();
        new TreeMap<>(page.casinos().get()).forEach((id, name) -> options.append("<option value=\"").append(escape(id)).append("\">")
                .append(escape(name)).append("</option>"));
        secured(ctx).contentType("text/html; charset=utf-8").result(html.replace("{{CASINO_OPTIONS}}", options));
    }

    void script(Context ctx) {
        secured(ctx).contentType("text/javascript; charset=utf-8").result(script);
    }

    void style(Context ctx) {
        secured(ctx).contentType("text/css; charset=utf-8").result(style);
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
        if (!page.casinos().get().containsKey(casinoId)) {
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

    private static Context secured(Context ctx) {
        return ctx.header("Content-Security-Policy", SECURITY).header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-cache");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** A text file from the jar. */
    static String resource(String path) {
        try (InputStream in = PageRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
