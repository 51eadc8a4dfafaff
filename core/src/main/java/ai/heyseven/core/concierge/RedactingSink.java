package ai.heyseven.core.concierge;

import ai.heyseven.core.guardrails.PiiRedactor;
import ai.heyseven.ports.concierge.AgentEvent;
import java.util.function.Consumer;

/**
 * Sits between the graph and every client: streamed tokens pass through a {@link PiiRedactor.Stream}
 * (which holds back a possible number until it is complete), replacements are redacted whole, and
 * whatever is held back is sent before any other event.
 */
final class RedactingSink implements Consumer<AgentEvent> {
    private final Consumer<AgentEvent> downstream;
    private final PiiRedactor redactor;
    private final PiiRedactor.Stream stream;

    RedactingSink(Consumer<AgentEvent> downstream, PiiRedactor redactor) {
        this.downstream = downstream;
        this.redactor = redactor;
        this.stream = redactor.stream();
    }

    @Override
    public void accept(AgentEvent event) {
        switch (event) {
            case AgentEvent.Token token -> send(stream.push(token.text()));
            case AgentEvent.Replace replace -> {
                stream.discard();
                downstream.accept(new AgentEvent.Replace(redactor.redact(replace.text())));
            }
            default -> {
                send(stream.finish());
                downstream.accept(event);
            }
        }
    }

    private void send(String text) {
        if (!text.isEmpty()) {
            downstream.accept(new AgentEvent.Token(text));
        }
    }
}
