package ai.heyseven.ports.tools;

import java.util.Objects;

/**
 * A tool call and what came of it, as the model sees it on its next step.
 *
 * @param failed whether {@code result} is an error message rather than the tool's answer
 */
public record ToolExchange(ToolCall call, String result, boolean failed) {
    public ToolExchange {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(result, "result");
    }
}
