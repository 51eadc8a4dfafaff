package ai.heyseven.adapter.gemini;

import java.time.Duration;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.MultiplexConnectionPool;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.http2.client.transport.HttpClientTransportOverHTTP2;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * Jetty's HTTP/2 client, built for the model: connections multiplexed up to the server's
 * {@code SETTINGS_MAX_CONCURRENT_STREAMS}, then another connection opened (Jetty's multiplexed pool),
 * bounded in connections and in calls waiting for one. Daemon threads: it never holds the process up.
 */
final class Http2Clients {
    /** Connections to one model host at most: 1,000 streams each at Google's limit of 100 would be far past any bulkhead. */
    static final int MAX_CONNECTIONS = 256;
    /**
     * Streams a new connection is counted on before the server's SETTINGS say how many it takes
     * (Google's front ends take 100): counted on one, a burst of calls at start-up opened one connection
     * each (24 for 24 calls in the test) before the first had told its limit.
     */
    static final int EXPECTED_STREAMS_PER_CONNECTION = 100;
    /** Calls waiting for a stream at most; more fail at once rather than queue without bound. */
    static final int MAX_QUEUED = 20_000;

    private Http2Clients() {
    }

    /** The process's shared client, started on first use. */
    static HttpClient shared() {
        return Shared.CLIENT;
    }

    /** A started client that opens at most {@code maxConnections} connections to one host. */
    static HttpClient start(Duration connectTimeout, int maxConnections) {
        ClientConnector connector = new ClientConnector();
        connector.setSelectors(1);
        connector.setConnectTimeout(connectTimeout);
        HTTP2Client http2 = new HTTP2Client(connector);
        HttpClientTransportOverHTTP2 transport = new HttpClientTransportOverHTTP2(http2);
        transport.setConnectionPoolFactory(destination -> new MultiplexConnectionPool(destination, maxConnections,
                EXPECTED_STREAMS_PER_CONNECTION));
        HttpClient client = new HttpClient(transport);
        QueuedThreadPool threads = new QueuedThreadPool(64, 2);
        threads.setName("model-h2");
        threads.setDaemon(true);
        client.setExecutor(threads);
        client.setScheduler(new ScheduledExecutorScheduler("model-h2-scheduler", true));
        client.setMaxConnectionsPerDestination(maxConnections);
        client.setMaxRequestsQueuedPerDestination(MAX_QUEUED);
        client.setConnectTimeout(connectTimeout.toMillis());
        client.setFollowRedirects(false);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("the model's HTTP/2 client did not start: " + e.getMessage(), e);
        }
        return client;
    }

    /** Built when first asked for: a process on HTTP/1.1 never starts it. */
    private static final class Shared {
        static final HttpClient CLIENT = start(GeminiHttpClient.Builder.CONNECT_TIMEOUT, MAX_CONNECTIONS);
    }
}
