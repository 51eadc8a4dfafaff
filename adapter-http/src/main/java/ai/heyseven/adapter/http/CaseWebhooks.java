package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.CaseAlerts;
import ai.heyseven.ports.desk.DeskCase;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's outbound alerts: each urgent case is posted to the webhook its casino configured, as a
 * Slack-compatible JSON message that names the case and never the guest, signed, and retried with
 * backoff. Each alert is delivered on its own virtual thread; at most {@link Delivery#maxPending()}
 * wait at once, and one beyond that, or one whose every attempt failed, is logged as an error and
 * counted in {@link #failures()}.
 *
 * <pre>{@code
 * CaseWebhooks alerts = CaseWebhooks.start(Map.of("aurora-palms", URI.create("https://hooks.example/T1")),
 *         Rotating.of(WebhookSecret.of(secret)), CaseWebhooks.Delivery.defaults());
 * }</pre>
 */
public final class CaseWebhooks implements CaseAlerts, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaseWebhooks.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final Map<String, URI> urls;
    private final AlertPost post;
    private final Delivery delivery;
    private final Semaphore pending;
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("case-alert-", 0).factory());
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    /**
     * How alerts are delivered.
     *
     * @param timeout each attempt's limit, connection and answer
     * @param attempts attempts per alert, the first included
     * @param firstBackoff the pause after the first failure, doubled after each next one (with jitter) up to {@code maxBackoff}
     * @param maxPending alerts waiting for delivery at most
     */
    public record Delivery(Duration timeout, int attempts, Duration firstBackoff, Duration maxBackoff, int maxPending) {
        public Delivery {
            requirePositive(timeout, "timeout");
            requirePositive(firstBackoff, "firstBackoff");
            requirePositive(maxBackoff, "maxBackoff");
            if (attempts < 1 || maxPending < 1) {
                throw new IllegalArgumentException("attempts and maxPending must be positive, got " + attempts + " and " + maxPending);
            }
        }

        /** Five attempts over about half a minute, each within 5 s; a thousand alerts waiting at most. */
        public static Delivery defaults() {
            return new Delivery(Duration.ofSeconds(5), 5, Duration.ofSeconds(1), Duration.ofSeconds(30), 1_000);
        }

        private static void requirePositive(Duration duration, String name) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + duration);
            }
        }
    }

    private CaseWebhooks(Map<String, URI> urls, AlertPost post, Delivery delivery) {
        this.urls = Map.copyOf(urls);
        this.post = post;
        this.delivery = delivery;
        this.pending = new Semaphore(delivery.maxPending());
    }

    /**
     * Alerts to {@code urls} (by casino id; a casino without one is not alerted), signed with the newest of {@code secret}.
     *
     * @throws IllegalArgumentException when a URL is not http(s) or there are URLs but no secret
     */
    public static CaseWebhooks start(Map<String, URI> urls, Rotating<WebhookSecret> secret, Delivery delivery) {
        urls.forEach((casino, url) -> {
            if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme()) || url.getHost() == null) {
                throw new IllegalArgumentException("the alert webhook of " + casino + " must be an http(s) URL with a host");
            }
        });
        if (!urls.isEmpty() && secret.isEmpty()) {
            throw new IllegalArgumentException("alert webhooks need a secret to sign with");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(delivery.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        return new CaseWebhooks(urls, new AlertPost(client, secret, delivery.timeout(), Clock.systemUTC()), delivery);
    }

    @Override
    public void opened(DeskCase urgentCase) {
        Optional<URI> url = Optional.ofNullable(urls.get(urgentCase.casinoId()));
        if (url.isEmpty()) {
            return;
        }
        if (!pending.tryAcquire()) {
            giveUp(urgentCase, delivery.maxPending() + " alerts are already waiting");
            return;
        }
        byte[] body = AlertPost.body(urgentCase);
        try {
            threads.execute(() -> {
                try {
                    deliver(urgentCase, url.get(), body);
                } finally {
                    pending.release();
                }
            });
        } catch (RejectedExecutionException e) {
            pending.release();
            giveUp(urgentCase, "the server is stopping");
        }
    }

    private void deliver(DeskCase urgentCase, URI url, byte[] body) {
        Backoff backoff = new Backoff(delivery.firstBackoff(), delivery.maxBackoff());
        for (int attempt = 1; ; attempt++) {
            AlertPost.Outcome outcome = post.send(url, body);
            if (outcome.delivered()) {
                delivered.incrementAndGet();
                return;
            }
            if (!outcome.retryable() || attempt == delivery.attempts()) {
                giveUp(urgentCase, "attempt " + attempt + " of " + delivery.attempts() + " " + outcome.detail());
                return;
            }
            LOG.warn("alert of case {} of {}: attempt {} {}; trying again", urgentCase.caseId(), urgentCase.casinoId(), attempt,
                    outcome.detail());
            if (!backoff.pause()) {
                giveUp(urgentCase, "stopped while waiting to try again");
                return;
            }
        }
    }

    private void giveUp(DeskCase urgentCase, String why) {
        failures.incrementAndGet();
        LOG.error("the casino was not alerted of the {} case {} of {}: {}", urgentCase.reason().wireName(), urgentCase.caseId(),
                urgentCase.casinoId(), why);
    }

    @Override
    public long failures() {
        return failures.get();
    }

    /** Alerts the casinos' webhooks accepted since start. */
    public long delivered() {
        return delivered.get();
    }

    /** Stops taking alerts and gives those in flight a moment; the rest are abandoned (and counted) as the threads stop. */
    @Override
    public void close() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Names the casinos only: a webhook URL often holds its own token (Slack's do). */
    @Override
    public String toString() {
        return "CaseWebhooks" + urls.keySet();
    }
}
