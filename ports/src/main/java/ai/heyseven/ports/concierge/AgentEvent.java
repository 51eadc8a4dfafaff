package ai.heyseven.ports.concierge;

import java.util.List;
import java.util.Objects;

/**
 * What a turn emits, in order: {@link Metadata} first, then {@link Token}s and {@link Replace}s,
 * {@link Sources}, and last {@link Done} (or {@link Failure} instead). Each type is one SSE event
 * of the HTTP API, named by {@link #name()}.
 */
public sealed interface AgentEvent {

    /** The SSE event name of this event. */
    String name();

    /** Always first: which conversation and request this stream belongs to. */
    record Metadata(String threadId, String requestId) implements AgentEvent {
        public Metadata {
            Objects.requireNonNull(threadId, "threadId");
            Objects.requireNonNull(requestId, "requestId");
        }

        @Override
        public String name() {
            return "metadata";
        }
    }

    /** A piece of the answer, to be appended to what came before. */
    record Token(String text) implements AgentEvent {
        public Token {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String name() {
            return "token";
        }
    }

    /** The whole answer so far is replaced by this text (validation retry, refusal, fallback). */
    record Replace(String text) implements AgentEvent {
        public Replace {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String name() {
            return "replace";
        }
    }

    /** The knowledge items the answer used. */
    record Sources(List<SourceRef> sources) implements AgentEvent {
        public Sources {
            sources = List.copyOf(sources);
        }

        @Override
        public String name() {
            return "sources";
        }
    }

    /**
     * Always last on success. {@code guardrail} is {@code null} unless a guardrail refused;
     * {@code handledBy} says whether the agent answered or the message went to the host holding the conversation.
     */
    record Done(String threadId, int turn, Intent intent, Validation validation, GuardrailLayer guardrail, HandledBy handledBy)
            implements AgentEvent {
        public Done {
            Objects.requireNonNull(threadId, "threadId");
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(validation, "validation");
            Objects.requireNonNull(handledBy, "handledBy");
        }

        /** The end of a turn the agent answered. */
        public Done(String threadId, int turn, Intent intent, Validation validation, GuardrailLayer guardrail) {
            this(threadId, turn, intent, validation, guardrail, HandledBy.AGENT);
        }

        @Override
        public String name() {
            return "done";
        }
    }

    /** The turn failed; last, instead of {@link Done}. */
    record Failure(Problem problem) implements AgentEvent {
        public Failure {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public String name() {
            return "error";
        }
    }
}
