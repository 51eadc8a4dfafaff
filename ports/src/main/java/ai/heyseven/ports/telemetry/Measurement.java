package ai.heyseven.ports.telemetry;

import ai.heyseven.ports.model.TokenUsage;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/** Something worth counting or timing. Every field but durations and counts is a bounded label. */
public sealed interface Measurement {

    /**
     * A turn ended.
     *
     * @param outcome {@code done}, {@code error} or {@code cancelled}
     * @param intent the routed intent, or {@code none} when the turn ended before routing
     * @param validation {@code pass}, {@code retried}, {@code degraded}, {@code fallback} or {@code none}
     * @param guardrail the layer that refused, or {@code none}
     * @param firstToken from the turn's start to its first text for the guest; null when none was sent
     */
    record TurnEnded(String outcome, String intent, String validation, String guardrail, Duration took,
            Duration firstToken) implements Measurement { }

    /** A graph node ran once. */
    record NodeRan(String node, Duration took) implements Measurement { }

    /** A retrieval for {@code category} (an intent) found {@code hits} knowledge chunks. */
    record Retrieved(String category, int hits) implements Measurement { }

    /**
     * A call to the language model ended.
     *
     * @param role the model role ({@code main}, {@code router}, …)
     * @param outcome {@code ok}, {@code error} or {@code rejected} (a full bulkhead or an open breaker)
     * @param tokens the tokens the model reported, or an estimate when it reported none
     * @param estimated whether {@code tokens} is an estimate (characters / 4) rather than the model's count
     * @param costUsd what the call cost at the configured prices; empty when no price is configured for the model
     */
    record ModelCalled(String role, String outcome, Duration took, TokenUsage tokens, boolean estimated, OptionalDouble costUsd)
            implements Measurement {
        public ModelCalled {
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(costUsd, "costUsd");
        }
    }

    /**
     * A call to a backend ended.
     *
     * @param backend {@code redis}, {@code firestore}, {@code telnyx}
     * @param operation the port and method ({@code CheckpointStore.save})
     * @param outcome {@code ok} or {@code error}
     */
    record BackendCalled(String backend, String operation, String outcome, Duration took) implements Measurement { }

    /**
     * An HTTP request was answered.
     *
     * @param route the route's template ({@code /v1/casinos/{casino_id}/sms}), or {@code unmatched}
     */
    record HttpServed(String method, String route, int status, Duration took) implements Measurement { }

    /** A guest rated a conversation, 1 to 5. */
    record FeedbackGiven(int rating) implements Measurement { }

    /** Work refused to protect the service: {@code rate_limit}, {@code draining}, {@code sms_inbound_limit}. */
    record Rejected(String reason) implements Measurement { }

    /**
     * Something the agent offered of its own accord, and whether the guest took it: {@code kind} is
     * {@code occasion} (an occasion incentive) or {@code return_visit}; {@code outcome} is
     * {@code offered} or {@code accepted}.
     */
    record HostOffered(String kind, String outcome) implements Measurement { }

    /**
     * A case was opened on the host desk, or a resolved one opened again.
     *
     * @param reason the case's reason ({@code responsible_gaming}, {@code human_requested}, …)
     * @param channel {@code web} or {@code sms}
     */
    record CaseOpened(String reason, String channel) implements Measurement { }
}
