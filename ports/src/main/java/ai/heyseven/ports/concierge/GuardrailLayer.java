package ai.heyseven.ports.concierge;

import java.util.Locale;

/** The guardrail layer that refused a message, reported in {@code done.guardrail}. */
public enum GuardrailLayer {
    INJECTION, RESPONSIBLE_GAMING, AGE, AML, PRIVACY;

    /** The snake_case name used on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
