import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load harness: COUNT chat turns, each on a new conversation, at most CONCURRENCY in
 * flight, stopping after MAX_SECONDS whatever happens. Loopback only.
 *
 *   java ManyConversations.java http://127.0.0.1:8080 10000 32 120 [thread-id-prefix]
 */
public class ManyConversations {
    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        int count = Math.min(args.length > 1 ? Integer.parseInt(args[1]) : 10_000, 50_000);
        int concurrency = Math.min(args.length > 2 ? Integer.parseInt(args[2]) : 32, 1_000);
        long maxSeconds = Math.min(args.length > 3 ? Long.parseLong(args[3]) : 120, 600);
        String prefix = args.length > 4 ? args[4] : "load-";
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("load goes to loopback only, not " + base.getHost());
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore inFlight = new Semaphore(concurrency);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        long[] micros = new long[count];
        long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
        long started = System.nanoTime();
        int sent = 0;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count && System.nanoTime() < deadline; i++, sent++) {
                inFlight.acquire();
                int n = i;
                executor.submit(() -> {
                    long t0 = System.nanoTime();
                    try {
                        String body = "{\"casino_id\":\"" + (n % 2 == 0 ? "aurora-palms" : "harbor-lights")
                                + "\",\"thread_id\":\"" + prefix + n + "\",\"message\":\"Where can I get sushi after the show?\"}";
                        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(base.resolve("/v1/chat"))
                                .header("X-API-Key", "dev-local-key").header("Content-Type", "application/json")
                                .header("Accept", "application/json").timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
                    } catch (Exception e) {
                        statuses.computeIfAbsent(-1, s -> new AtomicLong()).incrementAndGet();
                    } finally {
                        micros[n] = (System.nanoTime() - t0) / 1_000;
                        inFlight.release();
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] done = Arrays.copyOf(micros, sent);
        Arrays.sort(done);
        System.out.printf("sent %d turns in %.1f s (%.0f/s), concurrency %d%n", sent, seconds, sent / seconds, concurrency);
        System.out.printf("latency ms: p50 %.1f  p99 %.1f  max %.1f%n", done[sent / 2] / 1e3, done[(int) (sent * 0.99)] / 1e3, done[sent - 1] / 1e3);
        System.out.println("statuses (-1 = transport error): " + statuses);
    }
}
