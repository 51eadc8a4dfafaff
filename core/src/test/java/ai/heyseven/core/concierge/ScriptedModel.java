package ai.heyseven.core.concierge;

import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.model.GroundingVerdict;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.LanguageModelException;
import ai.heyseven.ports.model.ModelRequest;
import ai.heyseven.ports.model.ModelRole;
import ai.heyseven.ports.model.RouteDecision;
import ai.heyseven.ports.model.SafetyVerdict;
import ai.heyseven.ports.model.Shape;
import ai.heyseven.ports.model.StructuredAnswer;
import ai.heyseven.ports.model.TokenSink;
import ai.heyseven.ports.model.WhisperPlan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A language model whose answers a test writes down in advance; roles listed in {@code down} fail. */
final class ScriptedModel implements LanguageModel {
    Intent intent = Intent.DINING;
    /** Where streamed answers are cut into tokens (a regex for {@code String.split}). */
    String splitAfter = "(?<= )";
    final Deque<String> answers = new ArrayDeque<>(List.of("Trattoria Uno serves pasta until 10 PM."));
    final Deque<Boolean> verdicts = new ArrayDeque<>();
    final Set<ModelRole> down = EnumSet.noneOf(ModelRole.class);
    /** Written by the whisper planner's own thread too. */
    final List<ModelRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Roles that answer only after this long (the whisper planner's deadline is shorter). */
    final java.util.Map<ModelRole, java.time.Duration> slow = new java.util.concurrent.ConcurrentHashMap<>();
    SafetyVerdict safety = new SafetyVerdict(false, null, "looks fine");
    /** What the whisper planner answers. */
    WhisperPlan whisper = new WhisperPlan("How many guests?");
    /** The router's verdict on every message; {@code null} gives none, as the keyword router does. */
    SafetyVerdict routeSafety = new SafetyVerdict(false, null, "an ordinary question");
    /** The router's reading of the guest's tone on every message; {@code null} gives none. */
    ai.heyseven.ports.concierge.Tone routeTone;
    /** The tool step each answer starts with while tools are offered (one per answer, in order); then the scripted answer. */
    final Deque<ai.heyseven.ports.model.ModelStep> steps = new java.util.concurrent.ConcurrentLinkedDeque<>();

    @Override
    public ai.heyseven.ports.model.ModelStep step(ModelRequest request, List<ai.heyseven.ports.tools.ToolSpec> tools,
            List<ai.heyseven.ports.tools.ToolExchange> exchanges) {
        if (!tools.isEmpty() && exchanges.isEmpty() && !steps.isEmpty()) {
            record(request);
            return steps.poll();
        }
        String answer = complete(request);
        return new ai.heyseven.ports.model.ModelStep.Answer(exchanges.isEmpty() ? answer
                : answer + " (" + exchanges.get(exchanges.size() - 1).result() + ")");
    }

    @Override
    public ai.heyseven.ports.model.ModelStep streamStep(ModelRequest request, List<ai.heyseven.ports.tools.ToolSpec> tools,
            List<ai.heyseven.ports.tools.ToolExchange> exchanges, TokenSink sink) {
        ai.heyseven.ports.model.ModelStep step = step(request, tools, exchanges);
        if (step instanceof ai.heyseven.ports.model.ModelStep.Answer answer) {
            for (String word : answer.text().split(splitAfter)) {
                if (!sink.accept(word)) {
                    break;
                }
            }
        }
        return step;
    }

    @Override
    public String complete(ModelRequest request) {
        record(request);
        return answers.size() > 1 ? answers.poll() : answers.peek();
    }

    @Override
    public void stream(ModelRequest request, TokenSink sink) {
        String answer = complete(request);
        for (String word : answer.split(splitAfter)) {
            if (!sink.accept(word)) {
                return;
            }
        }
    }

    @Override
    public <T extends StructuredAnswer> T structured(ModelRequest request, Shape<T> shape) {
        record(request);
        StructuredAnswer answer = switch (shape) {
            case Shape.Route route -> new RouteDecision(intent, 0.9, routeSafety, routeTone);
            case Shape.Grounding grounding -> {
                boolean grounded = verdicts.isEmpty() || verdicts.poll();
                yield new GroundingVerdict(grounded, grounded ? "" : "the closing time is not in the items");
            }
            case Shape.Whisper planner -> whisper;
            case Shape.Safety classifier -> safety;
        };
        return shape.cast(answer);
    }

    private void record(ModelRequest request) {
        requests.add(request);
        java.time.Duration delay = slow.get(request.role());
        if (delay != null) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LanguageModelException(request.role() + " was cancelled", e);
            }
        }
        if (down.contains(request.role())) {
            throw new LanguageModelException(request.role() + " is down", null);
        }
    }
}
