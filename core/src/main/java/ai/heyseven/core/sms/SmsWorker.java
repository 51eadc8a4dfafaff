package ai.heyseven.core.sms;

import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.concierge.TurnInProgressException;
import ai.heyseven.ports.sms.SmsQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes queued texts and answers them, on one virtual thread per instance: new messages first,
 * then messages another worker took more than {@code idle} ago and never finished (its instance
 * died); and sends the casino's held messages whose quiet hours are over. A message that fails is left queued and retried after {@code idle}; after
 * {@code maxDeliveries} it is given up, with an ERROR naming the event — never dropped silently.
 */
final class SmsWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmsWorker.class);
    private static final int BATCH = 16;

    private final SmsQueue queue;
    private final SmsChannel channel;
    private final CasinoMessages held;
    private final String name;
    private final Duration idle;
    private final int maxDeliveries;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    SmsWorker(SmsQueue queue, SmsChannel channel, CasinoMessages held, String name, Duration idle, int maxDeliveries) {
        this.queue = queue;
        this.channel = channel;
        this.held = held;
        this.name = name;
        this.idle = idle;
        this.maxDeliveries = maxDeliveries;
        this.thread = Thread.ofVirtual().name("sms-worker").start(this::loop);
    }

    private void loop() {
        while (running.get()) {
            try {
                List<SmsQueue.Queued> batch = new ArrayList<>(queue.reclaim(name, idle, BATCH));
                batch.addAll(queue.take(name, BATCH, Duration.ofSeconds(1)));
                batch.forEach(this::answer);
                held.sendDue(BATCH);
            } catch (BackendException e) {
                LOG.warn("the SMS queue is unavailable: {}", e.getMessage());
                pause();
            } catch (RuntimeException e) {
                LOG.error("the SMS worker failed; it goes on", e);
                pause();
            }
        }
    }

    private void answer(SmsQueue.Queued queued) {
        if (queued.deliveries() > maxDeliveries) {
            LOG.error("gave up on SMS event {} after {} attempts: the guest got no answer", queued.message().eventId(), maxDeliveries);
            queue.done(queued.id());
            return;
        }
        try {
            SmsChannel.Outcome outcome = channel.handle(queued.message());
            queue.done(queued.id());
            LOG.debug("SMS event {}: {}", queued.message().eventId(), outcome);
        } catch (BackendException | TurnInProgressException e) {
            // stays pending: another worker (or this one) takes it again once it has been idle long enough
            LOG.warn("SMS event {} not answered yet (attempt {} of {}): {}", queued.message().eventId(), queued.deliveries(),
                    maxDeliveries, e.getMessage());
        } catch (RuntimeException e) {
            // a bug met by this one message: the others of the batch are still answered; it is tried again, up to the limit
            LOG.error("SMS event {} failed (attempt {} of {})", queued.message().eventId(), queued.deliveries(), maxDeliveries, e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(Math.min(idle.toMillis(), 1_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops taking messages; the one being answered finishes or stays queued for another worker. */
    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
