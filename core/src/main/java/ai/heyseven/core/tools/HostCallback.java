package ai.heyseven.core.tools;

import ai.heyseven.ports.tools.CallbackRequest;
import ai.heyseven.ports.tools.HostCallbacks;
import ai.heyseven.ports.tools.Tool;
import ai.heyseven.ports.tools.ToolContext;
import ai.heyseven.ports.tools.ToolSpec;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code host_callback}: asks a casino host to call the guest back. A side effect: the tool loop
 * runs it at most once per turn, whatever retries follow.
 */
public final class HostCallback implements Tool {
    private static final ToolSpec SPEC = new ToolSpec("host_callback",
            "Ask a casino host to call the guest back, when the guest asks to talk to a person or about something only a host can arrange.",
            Map.of("topic", "what the guest wants to talk about, in a few words"), true);

    private final Function<CallbackRequest, String> recorder;
    private final Clock clock;

    /** Records each request in {@code callbacks}. */
    public HostCallback(HostCallbacks callbacks, Clock clock) {
        this(callbacks::request, clock);
    }

    /**
     * Records each request with {@code recorder} (the host desk opens a case), which returns the
     * reference the guest may quote, or throws when the request was not recorded.
     */
    public HostCallback(Function<CallbackRequest, String> recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public String call(ToolContext context, Map<String, String> arguments) {
        String topic = arguments.getOrDefault("topic", "").strip();
        String reference = recorder.apply(new CallbackRequest(context.casinoId(), context.threadId(), context.guestId(),
                topic.isEmpty() ? "a call-back" : topic, clock.instant()));
        return "A host will call the guest back about " + (topic.isEmpty() ? "their request" : topic) + "; reference " + reference + ".";
    }
}
