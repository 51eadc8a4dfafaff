package ai.heyseven.ports.concierge;

import java.util.Locale;

/**
 * The guardrail layer that refused a message, reported in {@code done.guardrail}. {@link #CRISIS}
 * (self-harm, suicidal intent, immediate danger) and {@link #RESPONSIBLE_GAMING} hand the guest to a
 * person; the others refuse.
 */
public enum GuardrailLayer {
    CRISIS, INJECTION, RESPONSIBLE_GAMING, AGE, AML, PRIVACY;

    /**
     * Whether a guest this layer answered is a guest in need — in crisis or showing a gambling
     * problem — to whom nothing is sold any more, on any channel.
     */
    public boolean endsSales() {
        return this == CRISIS || this == RESPONSIBLE_GAMING;
    }

    /** The snake_case name used on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
