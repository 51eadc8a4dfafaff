package ai.heyseven.ports.concierge;

import java.util.Locale;

/** How the answer of a turn was checked before it reached the guest. */
public enum Validation {
    /** The validator found the answer grounded at the first try. */
    PASS,
    /** The first answer failed; the second, written with the validator's feedback, passed. */
    RETRIED,
    /** The validator was unavailable; the answer was built only from retrieved items. */
    DEGRADED,
    /** No checked answer could be given; the guest got the safe fallback reply. */
    FALLBACK;

    /** The lowercase name used on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
