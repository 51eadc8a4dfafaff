package ai.heyseven.adapter.http;

import io.javalin.http.Context;

/**
 * The host desk's files from the jar, read once (no CDN, no build step): {@code GET /desk}, a
 * public shell whose script asks {@code /v1/staff/me} who is signed in, and its script and style
 * under {@code /desk/}. All of them carry the chat page's strict policy: scripts, styles and calls
 * to this server only, no frame may hold them.
 */
final class DeskAssets {
    private static final String DESK = "/heyseven/desk/";

    private final String page = PageAssets.resource(DESK + "index.html");
    private final String script = PageAssets.resource(DESK + "desk.js");
    private final String style = PageAssets.resource(DESK + "desk.css");

    void page(Context ctx) {
        PageAssets.secured(ctx, PageView.STRICT_POLICY).contentType("text/html; charset=utf-8").result(page);
    }

    void script(Context ctx) {
        PageAssets.secured(ctx, PageView.STRICT_POLICY).contentType("text/javascript; charset=utf-8").result(script);
    }

    void style(Context ctx) {
        PageAssets.secured(ctx, PageView.STRICT_POLICY).contentType("text/css; charset=utf-8").result(style);
    }
}
