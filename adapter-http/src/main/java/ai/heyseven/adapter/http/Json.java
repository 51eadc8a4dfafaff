package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.AgentEvent;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.Problem;
import ai.heyseven.ports.concierge.SourceRef;
import ai.heyseven.ports.concierge.TurnReply;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wire forms of the API: snake_case JSON for events, replies and problems. */
final class Json {
    /**
     * Its buffers come from Jackson's shared bounded pool: by default they are kept per thread, and
     * every request and turn runs on a virtual thread of its own, so each event written allocated a
     * fresh set (and dropped it).
     */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder().recyclerPool(JsonRecyclerPools.sharedBoundedPool()).build());

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The {@code data} of an SSE event. */
    static Object data(AgentEvent event) {
        return switch (event) {
            case AgentEvent.Metadata m -> ordered("thread_id", m.threadId(), "request_id", m.requestId());
            case AgentEvent.Token t -> Map.of("text", t.text());
            case AgentEvent.Replace r -> Map.of("text", r.text());
            case AgentEvent.Sources s -> sources(s.sources());
            case AgentEvent.Done d -> {
                Map<String, Object> done = new LinkedHashMap<>();
                done.put("thread_id", d.threadId());
                done.put("turn", d.turn());
                done.put("intent", d.intent().wireName());
                done.put("validation", d.validation().wireName());
                done.put("guardrail", guardrail(d.guardrail()));
                done.put("handled_by", d.handledBy().wireName());
                yield done;
            }
            case AgentEvent.Failure f -> problem(f.problem(), null);
        };
    }

    static Map<String, Object> reply(TurnReply reply) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("thread_id", reply.threadId());
        body.put("turn", reply.turn());
        body.put("reply", reply.reply());
        body.put("intent", reply.intent().wireName());
        body.put("validation", reply.validation().wireName());
        body.put("guardrail", guardrail(reply.guardrail()));
        body.put("sources", sources(reply.sources()));
        body.put("handled_by", reply.handledBy().wireName());
        return body;
    }

    static Map<String, Object> problem(Problem problem, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        if (requestId != null) {
            body.put("request_id", requestId);
        }
        return body;
    }

    private static List<Map<String, Object>> sources(List<SourceRef> sources) {
        return sources.stream()
                .map(s -> ordered("id", s.id(), "title", s.title(), "category", s.category()))
                .toList();
    }

    private static String guardrail(GuardrailLayer layer) {
        return layer == null ? null : layer.wireName();
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
