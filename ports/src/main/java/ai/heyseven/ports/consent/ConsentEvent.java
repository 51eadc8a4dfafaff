package ai.heyseven.ports.consent;

import ai.heyseven.ports.sms.InboundSms;
import java.time.Instant;
import java.util.Objects;

/**
 * One consent event of one phone number at one casino.
 *
 * @param phone the number, E.164
 * @param kind what happened
 * @param purpose {@code service} or {@code marketing} for an opt-in; the purpose a keyword applies to otherwise ({@code all} for STOP)
 * @param source where it came from: {@code sms-keyword}, {@code web-form}, {@code front-desk}, …
 * @param wording the words the guest agreed to or sent (the keyword itself for STOP/HELP/START)
 * @param at when it happened
 */
public record ConsentEvent(String casinoId, String phone, Kind kind, String purpose, String source, String wording, Instant at) {

    /**
     * The kinds of consent events: the CTIA four, and {@code EXCLUDE} — the guest asked to stop
     * gambling or was escalated for a gambling problem: no marketing message ever again, whatever
     * opt-in or START follows.
     */
    public enum Kind { OPT_IN, STOP, HELP, START, EXCLUDE }

    public ConsentEvent {
        Objects.requireNonNull(casinoId, "casinoId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(at, "at");
        if (phone == null || !InboundSms.E164.matcher(phone).matches()) {
            throw new IllegalArgumentException("phone must be an E.164 number such as +17025550100");
        }
    }
}
