package ai.heyseven.ports.sms;

import java.time.Duration;
import java.util.List;

/**
 * The durable queue between the webhook and the agent: the webhook answers the carrier as soon as
 * a message is queued; any instance's worker takes it, answers it and marks it done. A message
 * taken by a worker that died is taken again by another after {@code idle}. Every method answers
 * within the store's own timeout or throws {@link SmsQueueException}.
 */
public interface SmsQueue {

    /** Queues {@code message} durably before returning. */
    void enqueue(InboundSms message);

    /** Up to {@code max} messages nobody has taken yet, waiting at most {@code wait} for one. */
    List<Queued> take(String worker, int max, Duration wait);

    /** Up to {@code max} messages another worker took more than {@code idle} ago and never finished. */
    List<Queued> reclaim(String worker, Duration idle, int max);

    /** Marks a message finished: it is never handed out again. */
    void done(String id);

    /**
     * A queued message, its id in the queue, and how many times it was handed out (1 the first time).
     */
    record Queued(String id, InboundSms message, int deliveries) { }
}
