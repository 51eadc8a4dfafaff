package ai.heyseven.adapter.gemini;

import ai.heyseven.ports.tools.ToolCall;
import ai.heyseven.ports.tools.ToolExchange;
import ai.heyseven.ports.tools.ToolSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tools in Gemini's terms: function declarations for the specs, a function call and its response
 * for each exchange (in the order made), and the model's function calls read back as
 * {@link ToolCall}s. A tool result goes back as data, like the knowledge items.
 */
final class GeminiTools {
    private static final ObjectMapper JSON = JsonBuffers.mapper();

    private GeminiTools() {
    }

    static List<ToolSpecification> declarations(List<ToolSpec> specs) {
        List<ToolSpecification> declarations = new ArrayList<>();
        for (ToolSpec spec : specs) {
            JsonObjectSchema.Builder parameters = JsonObjectSchema.builder();
            spec.parameters().forEach(parameters::addStringProperty);
            parameters.required(List.copyOf(spec.parameters().keySet()));
            declarations.add(ToolSpecification.builder().name(spec.name()).description(spec.description())
                    .parameters(parameters.build()).build());
        }
        return declarations;
    }

    /** Each exchange as the model's function call followed by the function's response. */
    static List<ChatMessage> exchanges(List<ToolExchange> exchanges) {
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < exchanges.size(); i++) {
            ToolExchange exchange = exchanges.get(i);
            ToolExecutionRequest request = ToolExecutionRequest.builder().id("call-" + i).name(exchange.call().name())
                    .arguments(arguments(exchange.call().arguments())).build();
            messages.add(AiMessage.from(request));
            messages.add(ToolExecutionResultMessage.from(request, exchange.failed() ? "error: " + exchange.result() : exchange.result()));
        }
        return messages;
    }

    static List<ToolCall> calls(AiMessage message) {
        List<ToolCall> calls = new ArrayList<>();
        for (ToolExecutionRequest request : message.toolExecutionRequests()) {
            calls.add(new ToolCall(request.name(), values(request.arguments())));
        }
        return calls;
    }

    private static String arguments(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tool arguments could not be written", e);
        }
    }

    /** The call's arguments as text values; an argument that is not text is kept as its JSON. */
    private static Map<String, String> values(String arguments) {
        Map<String, String> values = new LinkedHashMap<>();
        if (arguments == null || arguments.isBlank()) {
            return values;
        }
        try {
            JsonNode node = JSON.readTree(arguments);
            node.properties().forEach(entry -> values.put(entry.getKey(),
                    entry.getValue().isTextual() ? entry.getValue().textValue() : entry.getValue().toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model's tool arguments are not JSON: " + e.getOriginalMessage(), e);
        }
        return values;
    }
}
