package ai.heyseven.adapter.telnyx;

import ai.heyseven.ports.sms.OutboundSms;
import ai.heyseven.ports.sms.SmsSender;
import ai.heyseven.ports.sms.SmsSenderException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The Telnyx v2 messages API as the {@link SmsSender}: {@code POST {base}/v2/messages} with the
 * bearer key, a connect and a read timeout, retries with backoff and jitter on 429 and 5xx (at least
 * what {@code Retry-After} asks, never past {@code budget}), and a circuit breaker whose state
 * {@code /health} shows. Throttling (429) does not open the breaker.
 */
public final class TelnyxSender implements SmsSender {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 3;

    private final URI endpoint;
    private volatile String apiKey;
    private final Duration readTimeout;
    private final Duration budget;
    private final Duration retryBase;
    private final CircuitBreaker breaker;
    private final Retry retry;

    /**
     * @param budget the longest one send may take, retries and waits included
     * @param retryBase the first backoff; each next one doubles, with jitter
     */
    public TelnyxSender(URI baseUrl, String apiKey, Duration readTimeout, Duration budget, Duration retryBase, Duration breakerOpenFor) {
        this.endpoint = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/v2/messages");
        this.apiKey = apiKey;
        this.readTimeout = readTimeout;
        this.budget = budget;
        this.retryBase = retryBase;
        this.breaker = CircuitBreaker.of("sms-sender", CircuitBreakerConfig.custom()
                .slidingWindow(20, 10, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(50)
                .waitDurationInOpenState(breakerOpenFor)
                .permittedNumberOfCallsInHalfOpenState(2)
                .ignoreException(failure -> failure instanceof Refused refused && refused.status == 429)
                .build());
        this.retry = Retry.of("sms-sender", RetryConfig.custom()
                .maxAttempts(ATTEMPTS)
                .retryOnException(failure -> failure instanceof Refused refused && refused.retryable())
                .intervalBiFunction(this::backoff)
                .build());
    }

    /** Defaults for production: 5 s to read a reply, 10 s per send in all, 200 ms first backoff, 30 s open. */
    /** From now on texts are sent with {@code next} (a rotated key: Telnyx keeps both valid while the operator rotates). */
    public void rotateTo(String next) {
        this.apiKey = Objects.requireNonNull(next, "next");
    }

    public static TelnyxSender of(URI baseUrl, String apiKey) {
        return new TelnyxSender(baseUrl, apiKey, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(30));
    }

    @Override
    public String send(OutboundSms message) {
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> post(message, deadline))).get();
        } catch (CallNotPermittedException e) {
            throw new SmsSenderException("Telnyx's circuit breaker is open: recent sends failed; not calling it now", e);
        } catch (Refused e) {
            throw new SmsSenderException("Telnyx answered " + e.status + ": " + e.getMessage(), e);
        } catch (SmsSenderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SmsSenderException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The breaker's state: {@code closed}, {@code open}, {@code half_open}, … */
    public String breakerState() {
        return breaker.getState().name().toLowerCase(Locale.ROOT);
    }

    private String post(OutboundSms message, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SmsSenderException("no time left to call Telnyx", null);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofNanos(Math.min(readTimeout.toNanos(), left)))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(message)))
                .build();
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException | java.net.http.HttpConnectTimeoutException e) {
            throw new Refused(0, "could not connect: " + e.getMessage(), Optional.empty()); // nothing went out: safe to retry
        } catch (IOException e) {
            // the request went out and no answer came: Telnyx may have taken it; resending could send it twice
            throw new SmsSenderException("no answer from Telnyx within " + readTimeout.toMillis() + " ms: " + e.getMessage(), e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsSenderException("interrupted while calling Telnyx", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new Refused(response.statusCode(), abbreviate(response.body()),
                    response.headers().firstValue("Retry-After").flatMap(TelnyxSender::seconds));
        }
        try {
            JsonNode id = JSON.readTree(response.body()).at("/data/id");
            if (!id.isTextual() || id.textValue().isBlank()) {
                throw new SmsSenderException("Telnyx's reply has no data.id: " + abbreviate(response.body()), null);
            }
            return id.textValue();
        } catch (IOException e) {
            throw new SmsSenderException("Telnyx's reply is not JSON: " + abbreviate(response.body()), e);
        }
    }

    private static String body(OutboundSms message) {
        try {
            return JSON.writeValueAsString(Map.of("from", message.from(), "to", message.to(), "text", message.text()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the message as JSON", e);
        }
    }

    private long backoff(Integer attempt, Either<Throwable, Object> outcome) {
        long exponential = (long) (retryBase.toMillis() * Math.pow(2, attempt - 1) * ThreadLocalRandom.current().nextDouble(0.5, 1.5));
        long asked = outcome.isLeft() && outcome.getLeft() instanceof Refused refused ? refused.retryAfter.map(Duration::toMillis).orElse(0L) : 0L;
        return Math.min(Math.max(exponential, asked), budget.toMillis());
    }

    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    /** Telnyx refused or did not answer: 0 for no answer. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient Optional<Duration> retryAfter;

        Refused(int status, String message, Optional<Duration> retryAfter) {
            super(message, null, false, false);
            this.status = status;
            this.retryAfter = retryAfter;
        }

        boolean retryable() {
            return status == 0 || status == 429 || status >= 500;
        }
    }
}
