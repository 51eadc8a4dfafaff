package ai.heyseven.app.telemetry;

import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.ModelRequest;
import ai.heyseven.ports.model.ModelStep;
import ai.heyseven.ports.model.Shape;
import ai.heyseven.ports.model.StructuredAnswer;
import ai.heyseven.ports.model.TokenSink;
import ai.heyseven.ports.model.TokenUsage;
import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Span;
import ai.heyseven.ports.tools.ToolExchange;
import ai.heyseven.ports.tools.ToolSpec;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The language model with every call measured and traced: a span {@code model <role>} with the
 * call's tokens, and its duration, outcome ({@code ok}, {@code error}, {@code rejected} by a full
 * bulkhead or an open breaker), tokens by role and cost. Tokens are the model's own counts (told to
 * {@link ModelUsage} during the call); a model that reports none is estimated at four characters a
 * token, and measured as estimated. Rejections are also counted among the service's rejections.
 */
public final class ObservedLanguageModel implements LanguageModel {
    private static final int CHARS_PER_TOKEN = 4;

    private final LanguageModel model;
    private final Observability observability;
    private final ModelUsage usage;
    private final Optional<ModelPrice> price;

    /**
     * @param usage what the model reports it used ({@link ModelUsage} given to the model's adapter)
     * @param price the model's prices; empty when none is configured (then no cost is measured)
     */
    public ObservedLanguageModel(LanguageModel model, Observability observability, ModelUsage usage, Optional<ModelPrice> price) {
        this.model = model;
        this.observability = observability;
        this.usage = usage;
        this.price = price;
    }

    @Override
    public String complete(ModelRequest request) {
        return observe(request, () -> model.complete(request), String::length);
    }

    @Override
    public void stream(ModelRequest request, TokenSink sink) {
        long[] chars = new long[1];
        observe(request, () -> {
            model.stream(request, token -> {
                chars[0] += token.length();
                return sink.accept(token);
            });
            return null;
        }, ignored -> chars[0]);
    }

    @Override
    public <T extends StructuredAnswer> T structured(ModelRequest request, Shape<T> shape) {
        return observe(request, () -> model.structured(request, shape), answer -> answer.toString().length());
    }

    @Override
    public ModelStep step(ModelRequest request, List<ToolSpec> tools, List<ToolExchange> exchanges) {
        return observe(request, () -> model.step(request, tools, exchanges), ObservedLanguageModel::length);
    }

    @Override
    public ModelStep streamStep(ModelRequest request, List<ToolSpec> tools, List<ToolExchange> exchanges, TokenSink sink) {
        return observe(request, () -> model.streamStep(request, tools, exchanges, sink), ObservedLanguageModel::length);
    }

    private <T> T observe(ModelRequest request, Supplier<T> call, ToLongFunction<T> answerChars) {
        String role = request.role().name().toLowerCase(Locale.ROOT);
        long start = System.nanoTime();
        String outcome = "error";
        long out = 0;
        ModelUsage.Call counted = usage.begin();
        try (counted; Span span = observability.span("model " + role)) {
            try {
                T answer = call.get();
                outcome = "ok";
                out = answerChars.applyAsLong(answer);
                counted.reported().ifPresent(tokens -> span.attribute("gen_ai.usage.input_tokens", Long.toString(tokens.prompt()))
                        .attribute("gen_ai.usage.output_tokens", Long.toString(tokens.output() + tokens.thinking())));
                return answer;
            } catch (RuntimeException e) {
                span.failed(e);
                String rejected = rejection(e);
                if (rejected != null) {
                    outcome = "rejected";
                    observability.record(new Measurement.Rejected(rejected));
                }
                throw e;
            }
        } finally {
            Optional<TokenUsage> reported = counted.reported();
            // a call that failed before the model answered spent nothing the model reported, and is not estimated
            TokenUsage used = reported.orElse("ok".equals(outcome) ? new TokenUsage(tokens(inputChars(request)), tokens(out), 0, 0)
                    : TokenUsage.NONE);
            observability.record(new Measurement.ModelCalled(role, outcome, Duration.ofNanos(System.nanoTime() - start), used,
                    reported.isEmpty(), price.map(prices -> OptionalDouble.of(prices.cost(used))).orElse(OptionalDouble.empty())));
        }
    }

    /** {@code bulkhead} or {@code circuit_open} when resilience refused the call without trying it; else null. */
    private static String rejection(RuntimeException e) {
        String cause = e.getCause() == null ? "" : e.getCause().getClass().getSimpleName();
        return switch (cause) {
            case "BulkheadFullException" -> "bulkhead";
            case "CallNotPermittedException" -> "circuit_open";
            default -> null;
        };
    }

    private static long inputChars(ModelRequest request) {
        long chars = request.instructions().length() + request.question().length() + request.draft().length()
                + request.plan().length();
        for (ChatMessage message : request.history()) {
            chars += message.text().length();
        }
        for (KnowledgeItem item : request.context()) {
            chars += item.name().length() + item.description().length();
        }
        return chars;
    }

    private static long length(ModelStep step) {
        return step instanceof ModelStep.Answer answer ? answer.text().length() : 0;
    }

    private static long tokens(long chars) {
        return (chars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }
}
