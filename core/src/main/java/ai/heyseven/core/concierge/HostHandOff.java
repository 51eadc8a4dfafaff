package ai.heyseven.core.concierge;

import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.tools.CallbackRequest;
import ai.heyseven.ports.tools.HostCallbacks;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a guest's hand-off to a person in the hosts' queue (the host call-back store, until a
 * host desk exists) before the guest is told a host was asked. The topic names the reason, never
 * the guest's words. A queue that cannot be written is logged as an error and answered with an
 * empty reference, so the caller tells the guest where to find a person instead of promising one.
 */
final class HostHandOff {
    private static final Logger LOG = LoggerFactory.getLogger(HostHandOff.class);

    /** Why a guest is handed to a person; the topic a host sees. */
    enum Reason {
        ASKED_FOR_A_PERSON("asked for a person"),
        RESPONSIBLE_GAMING("responsible gaming"),
        CRISIS("crisis");

        private final String topic;

        Reason(String topic) {
            this.topic = topic;
        }
    }

    private final Optional<HostCallbacks> callbacks;
    private final Clock clock;

    HostHandOff(Optional<HostCallbacks> callbacks, Clock clock) {
        this.callbacks = callbacks;
        this.clock = clock;
    }

    /** The request's reference once it is recorded; empty when it is not, and the guest must not be told it was. */
    Optional<String> ask(TurnContext context, Reason reason) {
        if (callbacks.isEmpty()) {
            LOG.warn("no host call-back queue is configured: the guest of thread {} ({}) is sent to the front desk",
                    context.threadId(), reason.topic);
            return Optional.empty();
        }
        try {
            String reference = callbacks.get().request(new CallbackRequest(context.casino().id(), context.threadId(), context.guestId(),
                    reason.topic, clock.instant()));
            LOG.info("host hand-off {} recorded for {} thread {} ({})", reference, context.casino().id(), context.threadId(), reason.topic);
            return Optional.of(reference);
        } catch (BackendException e) {
            LOG.error("could not record a host hand-off for {} thread {} ({}); the guest is sent to the front desk instead",
                    context.casino().id(), context.threadId(), reason.topic, e);
            return Optional.empty();
        }
    }
}
