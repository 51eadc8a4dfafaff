package ai.heyseven.benchmarks;

import ai.heyseven.core.graph.CompiledGraph;
import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.graph.Key;
import ai.heyseven.core.graph.Reducers;
import ai.heyseven.core.graph.RunContext;
import ai.heyseven.core.graph.Schema;
import ai.heyseven.core.graph.StateGraph;
import ai.heyseven.core.graph.Update;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shape of the design's turn-cost anchor (a reference graph kept outside this repository) on our engine: 11 nodes, three conditional branches,
 * trivial node bodies that append one message and set two or three scalar fields. A dining
 * question runs seven steps: compliance_gate, router, retrieve, whisper_planner, specialist,
 * validate, respond.
 */
final class AnchorGraph {
    private static final Schema.Builder FIELDS = Schema.builder();
    static final Key<List<String>> MESSAGES = FIELDS.conversation("messages", List.of(), Reducers.append());
    static final Key<Integer> TURN = FIELDS.conversation("turn", 0, Reducers.keepMax());
    static final Key<String> INPUT = FIELDS.perTurn("input", "", Reducers.replace());
    static final Key<String> COMPLIANCE = FIELDS.perTurn("compliance", "", Reducers.replace());
    static final Key<String> INTENT = FIELDS.perTurn("intent", "", Reducers.replace());
    static final Key<Integer> STEPS = FIELDS.perTurn("steps", 0, Reducers.replace());
    static final Key<Integer> DOCS = FIELDS.perTurn("docs", 0, Reducers.replace());
    static final Key<String> PLAN = FIELDS.perTurn("plan", "", Reducers.replace());
    static final Key<String> DRAFT = FIELDS.perTurn("draft", "", Reducers.replace());
    static final Key<String> VALIDATION = FIELDS.perTurn("validation", "", Reducers.replace());
    static final Key<Integer> ATTEMPTS = FIELDS.perTurn("validation_attempts", 0, Reducers.keepMax());
    static final Key<String> REPLY = FIELDS.perTurn("reply", "", Reducers.replace());
    static final Schema SCHEMA = FIELDS.build();

    static final String QUESTION = "Any good dinner spots near the venue tonight?";

    /** The engine needs nothing of the context but cancellation. */
    static final RunContext CONTEXT = () -> false;

    private AnchorGraph() {
    }

    private static Update step(GraphState s, String message) {
        return Update.of(STEPS, s.get(STEPS) + 1).and(MESSAGES, List.of(message + " #" + s.get(TURN)));
    }

    static CompiledGraph<RunContext> compile() {
        return StateGraph.<RunContext>builder(SCHEMA)
                .node("compliance_gate", (s, c) -> {
                    int turn = s.get(TURN) + 1;
                    String input = s.get(INPUT).toLowerCase(Locale.ROOT);
                    String compliance = input.contains("credit card number") || input.contains("ssn") ? "blocked" : "ok";
                    return Update.of(TURN, turn).and(COMPLIANCE, compliance).and(STEPS, 1)
                            .and(MESSAGES, List.of("compliance_gate: " + compliance + " #" + turn));
                })
                .node("router", (s, c) -> {
                    String input = s.get(INPUT).toLowerCase(Locale.ROOT);
                    String intent = input.contains("dinner") || input.contains("restaurant") || input.contains("eat") ? "dining"
                            : input.startsWith("hi") || input.startsWith("hello") ? "greeting" : "off_topic";
                    return step(s, "router: intent=" + intent).and(INTENT, intent);
                })
                .node("greeting", (s, c) -> step(s, "greeting: hello").and(REPLY, "Hello! How can I help?"))
                .node("off_topic", (s, c) -> step(s, "off_topic: declined").and(REPLY, "Sorry, I can only help with your stay."))
                .node("retrieve", (s, c) -> step(s, "retrieve: 3 docs").and(DOCS, 3))
                .node("whisper_planner", (s, c) -> step(s, "whisper_planner: plan=recommend-nearby").and(PLAN, "recommend-nearby"))
                .node("specialist", (s, c) -> step(s, "specialist: drafted").and(DRAFT, "Try the bistro on the corner, open until 23:00."))
                .node("validate", (s, c) -> {
                    String validation = s.get(DRAFT).isEmpty() ? "fail" : "pass";
                    return step(s, "validate: " + validation).and(VALIDATION, validation).and(ATTEMPTS, s.get(ATTEMPTS) + 1);
                })
                .node("respond", (s, c) -> step(s, "respond: sent").and(REPLY, s.get(DRAFT)))
                .node("fallback", (s, c) -> step(s, "fallback: used").and(REPLY, "Let me connect you with the front desk."))
                .node("escalation", (s, c) -> step(s, "escalation: escalated").and(REPLY, "This conversation has been escalated."))
                .entry("compliance_gate")
                .branch("compliance_gate", s -> s.get(COMPLIANCE).equals("ok") ? "router" : "escalation", Set.of("router", "escalation"))
                .branch("router", s -> switch (s.get(INTENT)) {
                    case "dining" -> "retrieve";
                    case "greeting" -> "greeting";
                    default -> "off_topic";
                }, Set.of("retrieve", "greeting", "off_topic"))
                .edge("retrieve", "whisper_planner")
                .edge("whisper_planner", "specialist")
                .edge("specialist", "validate")
                .branch("validate", s -> s.get(VALIDATION).equals("pass") ? "respond" : "fallback", Set.of("respond", "fallback"))
                .edge("greeting", StateGraph.END)
                .edge("off_topic", StateGraph.END)
                .edge("escalation", StateGraph.END)
                .edge("respond", StateGraph.END)
                .edge("fallback", StateGraph.END)
                .compile();
    }

    /** A new turn on {@code before}: per-turn fields reset, the question set. */
    static GraphState startTurn(GraphState before) {
        return before.startTurn().merge(Update.of(INPUT, QUESTION));
    }
}
