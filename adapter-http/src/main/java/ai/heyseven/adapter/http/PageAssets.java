package ai.heyseven.adapter.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The chat page's files from the jar, read once (no CDN, no build step): its script and style, the
 * widget a casino's site embeds ({@code /widget.js}) and the default icon ({@code /favicon.ico}).
 */
final class PageAssets {
    static final String PAGE = "/heyseven/page/";

    private final String script = resource(PAGE + "chat.js");
    private final String style = resource(PAGE + "chat.css");
    private final String widget = resource(PAGE + "widget.js");
    private final byte[] favicon = bytes(PAGE + "favicon.ico");

    void script(Context ctx) {
        secured(ctx, PageView.STRICT_POLICY).contentType("text/javascript; charset=utf-8").result(script);
    }

    void style(Context ctx) {
        secured(ctx, PageView.STRICT_POLICY).contentType("text/css; charset=utf-8").result(style);
    }

    /** {@code GET /widget.js}: run by a casino's own site, so it carries no page policy of ours. */
    void widget(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff").header("Cache-Control", "public, max-age=300")
                .contentType("text/javascript; charset=utf-8").result(widget);
    }

    void favicon(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff").header("Cache-Control", "public, max-age=86400")
                .contentType("image/x-icon").result(favicon);
    }

    /** The headers every page and page file carries, with the page's Content-Security-Policy. */
    static Context secured(Context ctx, String policy) {
        return ctx.header("Content-Security-Policy", policy).header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-cache");
    }

    /** A text file from the jar. */
    static String resource(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String path) {
        try (InputStream in = PageAssets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
