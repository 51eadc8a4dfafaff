package ai.heyseven.app;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a server-sent event stream as it arrives (a real long-lived GET), event by event. */
final class SseReader implements AutoCloseable {
    private final BlockingQueue<HttpFixture.Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    SseReader(HttpClient client, HttpRequest request) {
        response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(answer -> Thread.ofVirtual().start(() -> read(answer.body())));
    }

    private void read(Stream<String> lines) {
        String[] name = {null};
        StringBuilder data = new StringBuilder();
        try (lines) {
            lines.forEach(line -> {
                if (line.startsWith("event: ")) {
                    name[0] = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                } else if (line.isEmpty() && name[0] != null) {
                    events.add(new HttpFixture.Event(name[0], data.toString()));
                    name[0] = null;
                    data.setLength(0);
                }
            });
        } catch (RuntimeException e) {
            // the stream was closed under the reader: the test has what it came for
        }
    }

    /**
     * The status of the answer, waiting for its head. Read from the answer itself: a field set by a
     * dependent stage could still be unset when {@code get} returns (it read 0 once in CI).
     */
    int status() throws Exception {
        return response.get(10, TimeUnit.SECONDS).statusCode();
    }

    /** The next event named {@code name} within {@code limit} (others before it are skipped). */
    HttpFixture.Event next(String name, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            HttpFixture.Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no '" + name + "' event within " + limit);
            }
            if (event.name().equals(name)) {
                return event;
            }
        }
    }

    @Override
    public void close() {
        response.thenAccept(answer -> answer.body().close());
        response.cancel(true);
    }
}
