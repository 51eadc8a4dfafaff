package ai.heyseven.ports.model;

import java.util.Objects;

/**
 * The validator's structured answer.
 *
 * @param grounded whether every fact of the draft is supported by the retrieved items and policy
 * @param feedback what to fix when not grounded (empty when grounded)
 */
public record GroundingVerdict(boolean grounded, String feedback) implements StructuredAnswer {
    public GroundingVerdict {
        Objects.requireNonNull(feedback, "feedback");
    }
}
