package ai.heyseven.adapter.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A casino's alert webhook on a free loopback port: it records every post and answers each with the
 * next scripted status (200 when the script is done), after the scripted delay.
 */
final class AlertReceiver implements AutoCloseable {
    private final HttpServer server;
    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
    final List<Received> received = new CopyOnWriteArrayList<>();

    record Received(String timestamp, String signature, String contentType, String body) { }

    private record Answer(int status, Duration delay) { }

    AlertReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hooks/desk", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/desk");
    }

    AlertReceiver then(int status) {
        return then(status, Duration.ZERO);
    }

    AlertReceiver then(int status, Duration delay) {
        script.add(new Answer(status, delay));
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-HeySeven-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-HeySeven-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            Answer answer = script.poll();
            if (answer != null && !answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            exchange.sendResponseHeaders(answer == null ? 200 : answer.status(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
