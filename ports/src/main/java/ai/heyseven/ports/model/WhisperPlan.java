package ai.heyseven.ports.model;

import java.util.Objects;

/** The whisper planner's structured answer: the next best question to ask the guest, or empty. */
public record WhisperPlan(String nextQuestion) implements StructuredAnswer {
    public WhisperPlan {
        Objects.requireNonNull(nextQuestion, "nextQuestion");
    }
}
