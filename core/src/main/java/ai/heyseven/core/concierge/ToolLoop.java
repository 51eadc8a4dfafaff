package ai.heyseven.core.concierge;

import ai.heyseven.core.concurrent.TimeBox;
import ai.heyseven.core.guardrails.Guardrails;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.ModelRequest;
import ai.heyseven.ports.model.ModelStep;
import ai.heyseven.ports.model.TokenSink;
import ai.heyseven.ports.telemetry.Telemetry;
import ai.heyseven.ports.tools.Tool;
import ai.heyseven.ports.tools.ToolCall;
import ai.heyseven.ports.tools.ToolContext;
import ai.heyseven.ports.tools.ToolExchange;
import ai.heyseven.ports.tools.ToolSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model's tool use within one answer, bounded three ways: at most {@code maxDepth} tool steps,
 * the same call with the same arguments twice ends the loop, and each tool has a time limit. A
 * tool that fails or is late is reported to the model as a result, never thrown through the turn.
 * A tool with a side effect runs at most once per turn: its result is kept by its call's signature
 * in the turn's state, so a validation retry or a resumed checkpoint reuses it. When the loop stops
 * without an answer, the model is asked once more with no tools offered.
 */
final class ToolLoop {
    private static final Logger LOG = LoggerFactory.getLogger(ToolLoop.class);
    static final int DEFAULT_MAX_DEPTH = 5;
    static final Duration DEFAULT_TOOL_TIMEOUT = Duration.ofSeconds(3);

    private final Map<String, Tool> tools = new LinkedHashMap<>();
    private final List<ToolSpec> specs;
    private final int maxDepth;
    private final Duration toolTimeout;
    private final Telemetry telemetry;

    ToolLoop(List<Tool> tools, int maxDepth, Duration toolTimeout) {
        this(tools, maxDepth, toolTimeout, Telemetry.NONE);
    }

    /** With {@code telemetry}, a tool's call is a part of its turn's trace and log context. */
    ToolLoop(List<Tool> tools, int maxDepth, Duration toolTimeout, Telemetry telemetry) {
        for (Tool tool : tools) {
            if (this.tools.putIfAbsent(tool.spec().name(), tool) != null) {
                throw new IllegalArgumentException("two tools are named " + tool.spec().name());
            }
        }
        this.specs = tools.stream().map(Tool::spec).toList();
        this.maxDepth = maxDepth;
        this.toolTimeout = toolTimeout;
        this.telemetry = telemetry;
    }

    boolean isEmpty() {
        return tools.isEmpty();
    }

    /** The answer (if the model gave one), every exchange, and the side-effect results of the turn so far. */
    record Outcome(Optional<String> answer, List<ToolExchange> exchanges, Map<String, String> sideEffects) { }

    /**
     * @param context whose turn the tools run in
     * @param sideEffects results of side-effect calls already made this turn, by signature
     */
    Outcome run(LanguageModel model, ModelRequest request, ToolContext context, Map<String, String> sideEffects) {
        return run(new Stepper(model, request, null), context, sideEffects);
    }

    /**
     * As {@link #run(LanguageModel, ModelRequest, Map)}, streaming every step's text into {@code sink}
     * as the model writes it; the answer is all the text streamed.
     */
    Outcome stream(LanguageModel model, ModelRequest request, ToolContext context, Map<String, String> sideEffects, TokenSink sink) {
        return run(new Stepper(model, request, sink), context, sideEffects);
    }

    private Outcome run(Stepper model, ToolContext context, Map<String, String> sideEffects) {
        Map<String, String> done = new LinkedHashMap<>(sideEffects);
        List<ToolExchange> exchanges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int depth = 0; depth < maxDepth; depth++) {
            if (model.timeLeft().compareTo(toolTimeout) < 0) {
                LOG.info("tool loop stopped: the turn has less time left than a tool may take");
                return last(model, exchanges, done);
            }
            ModelStep step = model.step(specs, exchanges);
            if (step instanceof ModelStep.Answer answer) {
                return new Outcome(Optional.of(model.answer(answer)), exchanges, done);
            }
            for (ToolCall call : ((ModelStep.CallTools) step).calls()) {
                if (!seen.add(call.signature())) {
                    LOG.info("tool loop stopped: {} was asked for twice with the same arguments", call.name());
                    return last(model, exchanges, done);
                }
                exchanges.add(execute(call, context, done));
            }
        }
        LOG.info("tool loop stopped at its depth limit of {}", maxDepth);
        return last(model, exchanges, done);
    }

    /** One more step with no tools offered: the model answers from what it has, or there is no answer. */
    private static Outcome last(Stepper model, List<ToolExchange> exchanges, Map<String, String> done) {
        ModelStep step = model.step(List.of(), exchanges);
        return new Outcome(step instanceof ModelStep.Answer answer ? Optional.of(model.answer(answer)) : Optional.empty(), exchanges, done);
    }

    /** Asks the model for each step, streaming when there is a sink; keeps what reached the guest. */
    private static final class Stepper {
        private final LanguageModel model;
        private final ModelRequest request;
        private final TokenSink sink;
        private final StringBuilder streamed = new StringBuilder();
        private final long deadline;

        Stepper(LanguageModel model, ModelRequest request, TokenSink sink) {
            this.model = model;
            this.request = request;
            this.sink = sink;
            this.deadline = System.nanoTime() + request.timeLeft().toNanos();
        }

        /** What the turn has left now: each step's request carries it, so the model call and its retries fit. */
        Duration timeLeft() {
            return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        }

        ModelStep step(List<ToolSpec> tools, List<ToolExchange> exchanges) {
            ModelRequest request = this.request.withTimeLeft(timeLeft());
            if (sink == null) {
                return model.step(request, tools, exchanges);
            }
            return model.streamStep(request, tools, exchanges, token -> {
                streamed.append(token);
                return sink.accept(token);
            });
        }

        /** The answer: when streaming, everything the guest saw (text said before a tool call included). */
        String answer(ModelStep.Answer answer) {
            return sink == null ? answer.text() : streamed.toString();
        }
    }

    private ToolExchange execute(ToolCall call, ToolContext context, Map<String, String> done) {
        Tool tool = tools.get(call.name());
        if (tool == null) {
            return new ToolExchange(call, "there is no tool named " + call.name(), true);
        }
        if (tool.spec().sideEffect() && done.containsKey(call.signature())) {
            return new ToolExchange(call, done.get(call.signature()), false);
        }
        ToolExchange exchange = run(tool, call, context);
        if (tool.spec().sideEffect()) {
            // whatever came of it — even a failure or a timeout may have had its effect — it is not run again this turn
            done.put(call.signature(), exchange.result());
        }
        return exchange;
    }

    private ToolExchange run(Tool tool, ToolCall call, ToolContext context) {
        return switch (TimeBox.run(toolTimeout, telemetry.carry(() -> tool.call(context, call.arguments())))) {
            case TimeBox.Outcome.Done<String> done -> {
                String text = done.value() == null ? "" : done.value();
                if (Guardrails.standard().readsAsInjection(text)) {
                    LOG.warn("tool {} answered with text that reads as an instruction; withheld from the model", call.name());
                    yield new ToolExchange(call, call.name() + "'s answer was withheld: it read as an instruction", true);
                }
                yield new ToolExchange(call, text, false);
            }
            case TimeBox.Outcome.Late<String> late ->
                    new ToolExchange(call, call.name() + " did not answer within " + toolTimeout.toMillis() + " ms", true);
            case TimeBox.Outcome.Failed<String> failed -> {
                LOG.warn("tool {} failed: {}", call.name(), failed.cause().toString());
                yield new ToolExchange(call, call.name() + " failed: " + failed.cause().getMessage(), true);
            }
        };
    }
}
