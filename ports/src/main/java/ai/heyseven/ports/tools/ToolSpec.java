package ai.heyseven.ports.tools;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a tool is, as the model is told: its name, what it does, its parameters (all text, each
 * with what it means, all required), and whether calling it changes something in the world.
 *
 * @param sideEffect {@code true} for a tool such as a host call-back request: it runs at most once per turn
 */
public record ToolSpec(String name, String description, Map<String, String> parameters, boolean sideEffect) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public ToolSpec {
        Objects.requireNonNull(description, "description");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a tool name is 1 to 64 of a-z, 0-9 and _, starting with a letter; got '" + name + "'");
        }
        parameters = Map.copyOf(parameters);
    }
}
