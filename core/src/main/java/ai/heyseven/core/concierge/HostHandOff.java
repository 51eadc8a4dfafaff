package ai.heyseven.core.concierge;

import ai.heyseven.core.desk.CaseOpener;
import ai.heyseven.core.desk.CaseTrigger;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.tools.CallbackRequest;
import ai.heyseven.ports.tools.HostCallbacks;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a guest's hand-off to a person where hosts look before the guest is told a host was
 * asked: a case on the host desk, or — in a build without a case store — the host call-back store.
 * The record names the reason, never the guest's words (the case's transcript keeps them, redacted).
 * A record that cannot be written is logged as an error and answered with an empty reference, so
 * the caller tells the guest where to find a person instead of promising one. Compliance events (AML,
 * age) open a case for the compliance role too, with nothing said to the guest.
 */
final class HostHandOff {
    private static final Logger LOG = LoggerFactory.getLogger(HostHandOff.class);

    /** Why a guest is handed to a person; the topic a host sees. */
    enum Reason {
        ASKED_FOR_A_PERSON("asked for a person", CaseReason.HUMAN_REQUESTED),
        RESPONSIBLE_GAMING("responsible gaming", CaseReason.RESPONSIBLE_GAMING),
        CRISIS("crisis", CaseReason.CRISIS),
        COMP_APPROVAL("comp approval", CaseReason.COMP_APPROVAL),
        /** Two upset turns in a row, or an explicit complaint. */
        FRUSTRATED("a frustrated guest", CaseReason.FRUSTRATED);

        private final String topic;
        private final CaseReason caseReason;

        Reason(String topic, CaseReason caseReason) {
            this.topic = topic;
            this.caseReason = caseReason;
        }
    }

    private final Optional<CaseOpener> desk;
    private final Optional<HostCallbacks> callbacks;
    private final Clock clock;

    HostHandOff(Optional<CaseOpener> desk, Optional<HostCallbacks> callbacks, Clock clock) {
        this.desk = desk;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    /** The request's reference once it is recorded; empty when it is not, and the guest must not be told it was. */
    Optional<String> ask(TurnContext context, Reason reason, String detail) {
        if (desk.isPresent()) {
            return desk.get().open(trigger(context, reason.caseReason, detail)).map(DeskCase::caseId);
        }
        if (callbacks.isEmpty()) {
            LOG.warn("no host desk or call-back queue is configured: the guest of thread {} ({}) is sent to the front desk",
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

    /** Opens the compliance case of an AML or age event (seen by the compliance role only); a failure is logged, the turn goes on. */
    void complianceEvent(TurnContext context, CaseReason reason, String detail) {
        desk.ifPresent(opener -> opener.open(trigger(context, reason, detail)));
    }

    private static CaseTrigger trigger(TurnContext context, CaseReason reason, String detail) {
        return new CaseTrigger(context.casino().id(), context.threadId(), context.guestId(), reason, detail, context.conversation(),
                context.guestFacts(), context.redactor());
    }
}
