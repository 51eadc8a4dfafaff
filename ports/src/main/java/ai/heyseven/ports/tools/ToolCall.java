package ai.heyseven.ports.tools;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The model asking for a tool with arguments. Two calls with the same name and arguments are equal. */
public record ToolCall(String name, Map<String, String> arguments) {
    public ToolCall {
        Objects.requireNonNull(name, "name");
        arguments = Map.copyOf(arguments);
    }

    /** The name and the arguments in a stable order: the identity of a call across retries and checkpoints. */
    public String signature() {
        return name + new TreeMap<>(arguments);
    }
}
