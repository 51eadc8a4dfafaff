package ai.heyseven.ports.model;

/**
 * The tokens one model call used, as the model reports them (never estimated here).
 *
 * @param prompt tokens of the request, cached ones included
 * @param output tokens of the answer (the candidates)
 * @param cached tokens of the prompt served from the model's context cache
 * @param thinking tokens the model spent thinking before it answered
 */
public record TokenUsage(long prompt, long output, long cached, long thinking) {

    public static final TokenUsage NONE = new TokenUsage(0, 0, 0, 0);

    public TokenUsage {
        if (prompt < 0 || output < 0 || cached < 0 || thinking < 0) {
            throw new IllegalArgumentException("token counts are never negative");
        }
    }

    /** Both calls' tokens (a retried call costs each attempt). */
    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(prompt + other.prompt, output + other.output, cached + other.cached, thinking + other.thinking);
    }
}
