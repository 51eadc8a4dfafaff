package ai.heyseven.ports.desk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a case was opened. Compliance reasons are seen by the compliance role only. */
public enum CaseReason {
    RESPONSIBLE_GAMING,
    CRISIS,
    HUMAN_REQUESTED,
    CALLBACK,
    AML,
    AGE,
    LOW_RATING,
    /** A comp above what the casino's policy lets the agent offer alone: a host approves it or not. */
    COMP_APPROVAL,
    /** Two frustrated turns in a row, or an explicit complaint. */
    FRUSTRATED;

    /** The name in the HTTP API and the stores, such as {@code responsible_gaming}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A compliance event (AML, age): only the compliance role sees it. */
    public boolean compliance() {
        return this == AML || this == AGE;
    }

    /** A case the casino is told of at once, through its outbound webhook. */
    public boolean urgent() {
        return this == RESPONSIBLE_GAMING || this == CRISIS || this == AML;
    }

    public static Optional<CaseReason> ofWireName(String wireName) {
        return Arrays.stream(values()).filter(reason -> reason.wireName().equals(wireName)).findFirst();
    }
}
