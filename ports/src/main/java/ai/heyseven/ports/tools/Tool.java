package ai.heyseven.ports.tools;

import java.util.Map;

/** Something the agent can look up or do for a guest while answering: show times, a table, a host call-back. */
public interface Tool {

    ToolSpec spec();

    /**
     * Runs the tool. Its answer goes back to the model as data.
     *
     * @param context whose turn it runs in
     * @param arguments one value for each of the spec's parameters
     * @throws RuntimeException when it cannot answer; the model is told, the turn goes on
     */
    String call(ToolContext context, Map<String, String> arguments);
}
