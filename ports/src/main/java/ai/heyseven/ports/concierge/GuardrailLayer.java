package ai.heyseven.ports.concierge;

import java.util.Locale;

/**
 * The guardrail layer that refused a message, reported in {@code done.guardrail}. {@link #CRISIS}
 * (self-harm, suicidal intent, immediate danger) and {@link #RESPONSIBLE_GAMING} hand the guest to a
 * person; the others refuse.
 */
public enum GuardrailLayer {
    CRISIS, INJECTION, RESPONSIBLE_GAMING, AGE, AML, PRIVACY;

    /** The snake_case name used on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
