package ai.heyseven.ports.model;

import ai.heyseven.ports.tools.ToolExchange;
import ai.heyseven.ports.tools.ToolSpec;
import java.util.List;

/**
 * A language model: complete, stream, or answer in a given structured shape.
 *
 * <p>Every method may throw {@link LanguageModelException} when the model is unavailable,
 * throttled or too slow; callers turn that into a fallback, never into a lost turn.
 */
public interface LanguageModel {

    /** The whole answer to {@code request}. */
    String complete(ModelRequest request);

    /**
     * Streams the answer piece by piece into {@code sink}, on the calling thread. Stops early, without
     * error, when the sink returns {@code false}.
     */
    void stream(ModelRequest request, TokenSink sink);

    /**
     * Answers in the structured {@code shape}, typed by it: {@code structured(request, Shape.ROUTE)}
     * is a {@link RouteDecision}. The shapes are a closed set ({@link Shape}), so every model answers
     * every one; an implementation switches over them exhaustively.
     */
    <T extends StructuredAnswer> T structured(ModelRequest request, Shape<T> shape);

    /**
     * One step of an answer that may use {@code tools}: the answer, or the tool calls the model
     * wants first. {@code exchanges} are the calls made so far in this answer with their results,
     * oldest first; with no tools offered the model must answer. A model without tool calling
     * answers at once.
     */
    default ModelStep step(ModelRequest request, List<ToolSpec> tools, List<ToolExchange> exchanges) {
        return new ModelStep.Answer(complete(request));
    }

    /**
     * As {@link #step}, streaming the answer's text into {@code sink} as it is written (on the
     * calling thread; stops early when the sink returns {@code false}). A step that asks for tool
     * calls streams nothing, or only what the model said before asking. A model without tool
     * calling streams its answer.
     */
    default ModelStep streamStep(ModelRequest request, List<ToolSpec> tools, List<ToolExchange> exchanges, TokenSink sink) {
        StringBuilder text = new StringBuilder();
        stream(request, token -> {
            text.append(token);
            return sink.accept(token);
        });
        return new ModelStep.Answer(text.toString());
    }
}
