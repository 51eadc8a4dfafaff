package ai.heyseven.benchmarks.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Asks each instance's {@code /health} every 100 ms, as a load balancer would, and keeps every
 * answer (0 when nothing answered within a second: a dead process), so a drill can say how long
 * the instance took to say 503 after a fault began and 200 after it ended. It also keeps the first
 * body of each kind of unhealthy answer, to show what an operator reads.
 */
final class HealthWatch implements AutoCloseable {
    private static final long PERIOD_MILLIS = 100;

    record Sample(long atMillis, int status) { }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, List<Sample>> samples = new ConcurrentHashMap<>();
    private final Map<String, String> unhealthyBodies = new ConcurrentHashMap<>();
    private final List<Thread> pollers = new ArrayList<>();
    private volatile boolean running = true;

    HealthWatch(List<String> urls) {
        for (String url : urls) {
            samples.put(url, new CopyOnWriteArrayList<>());
            pollers.add(Thread.ofVirtual().start(() -> poll(url)));
        }
    }

    /** Milliseconds from {@code fromMillis} to the first answer {@code status} on {@code url}; empty when none came. */
    OptionalLong first(String url, int status, long fromMillis) {
        return samples.get(url).stream().filter(s -> s.atMillis() >= fromMillis && s.status() == status)
                .mapToLong(s -> s.atMillis() - fromMillis).findFirst();
    }

    /** Whether {@code url} answered anything but 200 between the two instants. */
    boolean wavered(String url, long fromMillis, long toMillis) {
        return samples.get(url).stream().anyMatch(s -> s.atMillis() >= fromMillis && s.atMillis() <= toMillis && s.status() != 200);
    }

    /** The first body of each unhealthy status, keyed by instance and status. */
    Map<String, String> unhealthyBodies() {
        return Map.copyOf(unhealthyBodies);
    }

    private void poll(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/health")).timeout(Duration.ofSeconds(1)).build();
        while (running) {
            long started = System.currentTimeMillis();
            int status;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                if (status != 200) {
                    unhealthyBodies.putIfAbsent(url + " " + status, response.body());
                }
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                return;
            }
            samples.get(url).add(new Sample(started, status));
            long rest = PERIOD_MILLIS - (System.currentTimeMillis() - started);
            if (rest > 0) {
                try {
                    Thread.sleep(rest);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        pollers.forEach(Thread::interrupt);
    }
}
