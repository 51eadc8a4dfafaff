package ai.heyseven.core.concierge;

import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.SourceRef;
import ai.heyseven.ports.concierge.TurnFailedException;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnStream;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** Folds a turn's events into the whole reply: tokens append, a replace starts over. */
final class ReplyCollector implements Consumer<AgentEvent> {
    private final StringBuilder text = new StringBuilder();
    private List<SourceRef> sources = List.of();
    private AgentEvent.Done done;
    private AgentEvent.Failure failure;

    @Override
    public void accept(AgentEvent event) {
        switch (event) {
            case AgentEvent.Metadata metadata -> { }
            case AgentEvent.Token token -> text.append(token.text());
            case AgentEvent.Replace replace -> {
                text.setLength(0);
                text.append(replace.text());
            }
            case AgentEvent.Sources found -> sources = found.sources();
            case AgentEvent.Done last -> done = last;
            case AgentEvent.Failure failed -> failure = failed;
        }
    }

    TurnReply reply(TurnStream turn) {
        if (failure != null) {
            throw new TurnFailedException(failure.problem(), null);
        }
        if (done == null) {
            throw new CancellationException("turn of " + turn.threadId() + " was cancelled");
        }
        return new TurnReply(done.threadId(), done.turn(), text.toString(), done.intent(), done.validation(),
                done.guardrail(), sources, done.handledBy());
    }
}
