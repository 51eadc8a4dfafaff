package ai.heyseven.ports.model;

import ai.heyseven.ports.tools.ToolCall;
import java.util.List;
import java.util.Objects;

/** What a model does next when it may use tools: answer, or ask for tool calls first. */
public sealed interface ModelStep {

    /** The model's answer. */
    record Answer(String text) implements ModelStep {
        public Answer {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The model wants these tools called (in this order) before it answers. */
    record CallTools(List<ToolCall> calls) implements ModelStep {
        public CallTools {
            calls = List.copyOf(calls);
            if (calls.isEmpty()) {
                throw new IllegalArgumentException("a tool step calls at least one tool");
            }
        }
    }
}
