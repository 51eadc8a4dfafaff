package ai.heyseven.adapter.gemini;

/**
 * How this process reaches the model over the network, chosen once at start-up
 * ({@code HEYSEVEN_LLM_HTTP2}): every Gemini model and embedder of the process shares one client, so
 * the choice is the process's, like the client itself.
 *
 * <ul>
 *   <li>{@link #HTTP1}: {@code java.net.http} over HTTP/1.1 — one connection (one socket) per call in
 *       flight. The default.
 *   <li>{@link #HTTP2}: Jetty's client over HTTP/2 — many calls share a connection, and past the
 *       server's stream limit it opens another connection rather than failing the call (which the
 *       JDK's HTTP/2 client does).
 * </ul>
 */
public enum ModelTransport {
    HTTP1, HTTP2;

    private static volatile ModelTransport chosen = HTTP1;

    /** Makes {@code transport} the process's from now on: the models built after this call use it. */
    public static void use(ModelTransport transport) {
        chosen = java.util.Objects.requireNonNull(transport, "transport");
    }

    static ModelTransport chosen() {
        return chosen;
    }
}
