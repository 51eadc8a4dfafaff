package ai.heyseven.ports.sms;

import ai.heyseven.ports.consent.ConsentRecord;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The driving port of the operator's SMS routes: opt-ins with their evidence, and messages the casino starts. */
public interface CasinoSms {

    /**
     * Records an opt-in in the consent ledger, and in the audit trail who recorded it.
     *
     * @param actor the key that caused it ({@code api-key:<hash>})
     * @return the ledger's record; empty when the casino is unknown
     */
    Optional<ConsentRecord> optIn(String casinoId, OptIn optIn, String actor);

    /**
     * Sends a message the casino starts, now or — inside the guest's quiet hours — at the next
     * allowed moment.
     *
     * @return empty when the casino is unknown
     * @throws NotAllowedException when the number may not get it (no opt-in for the purpose, opted
     *     out, on the do-not-contact list, the casino has no SMS number)
     */
    Optional<Outcome> send(String casinoId, String to, String text, String purpose, String actor);

    /**
     * An opt-in's evidence.
     *
     * @param wording the words the guest agreed to
     * @param at when; the time it is recorded when absent
     * @param guestId the web-chat guest who gave this number (a CRM sign-up form), when the form knows
     *     it: the guest and the number are then one guest for exclusions from marketing
     */
    record OptIn(String phone, String purpose, String source, String wording, Optional<Instant> at, Optional<String> guestId) {
        public OptIn {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(guestId, "guestId");
        }

        /** An opt-in that names no guest. */
        public OptIn(String phone, String purpose, String source, String wording, Optional<Instant> at) {
            this(phone, purpose, source, wording, at, Optional.empty());
        }
    }

    /** Sent now, or held until {@code sendAt}. */
    record Outcome(boolean scheduled, Instant sendAt) { }

    /** The message may not go to that number; the reason says why. */
    final class NotAllowedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotAllowedException(String reason) {
            super(reason);
        }
    }
}
