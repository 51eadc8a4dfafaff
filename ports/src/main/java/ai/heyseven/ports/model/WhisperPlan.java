package ai.heyseven.ports.model;

import java.util.Map;
import java.util.Objects;

/**
 * The whisper planner's structured answer: the next best question to ask the guest, or empty; and
 * what the guest's message says about their visit, by profile wire name ({@code occasion →
 * anniversary}, {@code dining_preferences → sushi}), for the progressive profile. The model may
 * leave it empty; the agent's own patterns read the message anyway.
 *
 * @param profile at most {@value #MAX_FACTS} facts, each value at most {@value #MAX_VALUE} characters
 */
public record WhisperPlan(String nextQuestion, Map<String, String> profile) implements StructuredAnswer {
    public static final int MAX_FACTS = 12;
    public static final int MAX_VALUE = 80;

    public WhisperPlan {
        Objects.requireNonNull(nextQuestion, "nextQuestion");
        profile = profile == null ? Map.of() : Map.copyOf(profile);
        if (profile.size() > MAX_FACTS || profile.values().stream().anyMatch(value -> value.length() > MAX_VALUE)) {
            throw new IllegalArgumentException("a whisper plan holds at most " + MAX_FACTS + " profile facts of at most "
                    + MAX_VALUE + " characters");
        }
    }

    /** A plan with a question only. */
    public WhisperPlan(String nextQuestion) {
        this(nextQuestion, Map.of());
    }
}
