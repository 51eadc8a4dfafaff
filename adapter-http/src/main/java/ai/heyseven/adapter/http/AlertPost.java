package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.GuestChannel;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One attempt to post an alert: the Slack-compatible body (the case, never the guest's words or
 * number), signed over {@code <timestamp>.<body>} so a receiver can refuse a replay of an old one.
 */
final class AlertPost {
    static final String TIMESTAMP = "X-HeySeven-Timestamp";
    static final String SIGNATURE = "X-HeySeven-Signature";

    private final HttpClient client;
    private final Rotating<WebhookSecret> secret;
    private final Duration timeout;
    private final Clock clock;

    AlertPost(HttpClient client, Rotating<WebhookSecret> secret, Duration timeout, Clock clock) {
        this.client = client;
        this.secret = secret;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** What became of an attempt; {@code retryable} when another one may succeed (a timeout, 5xx, 408, 429). */
    record Outcome(boolean delivered, boolean retryable, String detail) { }

    static byte[] body(DeskCase urgentCase) {
        Map<String, String> alert = new LinkedHashMap<>();
        alert.put("text", "Hey Seven: a new " + urgentCase.reason().wireName().replace('_', ' ') + " case at " + urgentCase.casinoId()
                + (urgentCase.channel() == GuestChannel.SMS ? " by text message" : " on the web chat") + ", opened "
                + urgentCase.openedAt() + ". Open the host desk to read the briefing and take it: case " + urgentCase.caseId() + ".");
        alert.put("case_id", urgentCase.caseId());
        alert.put("casino_id", urgentCase.casinoId());
        alert.put("reason", urgentCase.reason().wireName());
        alert.put("channel", urgentCase.channel().wireName());
        alert.put("opened_at", urgentCase.openedAt().toString());
        try {
            return Json.MAPPER.writeValueAsBytes(alert);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    /** {@code v1=} and the hex HMAC-SHA256 of {@code <timestamp>.<body>}. */
    static String signature(WebhookSecret secret, String timestamp, byte[] body) {
        byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return "v1=" + HexFormat.of().formatHex(secret.mac(signed));
    }

    Outcome send(URI url, byte[] body) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, signature(secret.valid().getFirst(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            boolean retryable = status >= 500 || status == 408 || status == 429;
            return new Outcome(status / 100 == 2, retryable, "answered " + status);
        } catch (HttpTimeoutException e) {
            return new Outcome(false, true, "got no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Outcome(false, true, "failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, false, "was interrupted (stopping)");
        }
    }
}
