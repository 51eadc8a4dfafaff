package ai.heyseven.adapter.gemini;

import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.concierge.Tone;
import ai.heyseven.ports.model.GroundingVerdict;
import ai.heyseven.ports.model.RouteDecision;
import ai.heyseven.ports.model.SafetyVerdict;
import ai.heyseven.ports.model.Shape;
import ai.heyseven.ports.model.StructuredAnswer;
import ai.heyseven.ports.model.WhisperPlan;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The JSON schema Gemini answers each structured shape in, and the reading of its answer back into
 * the port's record. An answer that does not fit is an error of the model, never a default.
 */
final class StructuredShapes {
    private static final ObjectMapper JSON = JsonBuffers.mapper();

    private StructuredShapes() {
    }

    /** The response format that asks Gemini for {@code shape}. */
    static ResponseFormat format(Shape<?> shape) {
        ResponseFormat format = Formats.ALL.get(shape);
        return format != null ? format : build(shape);
    }

    private static ResponseFormat build(Shape<?> shape) {
        JsonObjectSchema.Builder root = JsonObjectSchema.builder();
        switch (shape) {
            // the router judges the message's safety and the guest's tone in the same answer: no extra call
            case Shape.Route route -> safety(root.addEnumProperty("intent", Arrays.stream(Intent.values()).map(Intent::wireName).toList())
                    .addNumberProperty("confidence", "0 to 1")
                    .addEnumProperty("tone", Arrays.stream(Tone.values()).map(Tone::wireName).toList()))
                    .required("intent", "confidence", "unsafe");
            case Shape.Grounding grounding -> root.addBooleanProperty("grounded")
                    .addStringProperty("feedback", "what to fix; empty when grounded").required("grounded", "feedback");
            case Shape.Whisper whisper -> root.addStringProperty("next_question", "empty when none is needed")
                    .addProperty("profile", profileSchema()).required("next_question");
            case Shape.Safety safety -> safety(root).required("unsafe", "reason");
        }
        return ResponseFormat.builder().type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder().name(name(shape)).rootElement(root.build()).build()).build();
    }

    /** The schema's name, as Gemini has always seen it: the record's simple name. */
    private static String name(Shape<?> shape) {
        return shape.type().getSimpleName();
    }

    private static JsonObjectSchema.Builder safety(JsonObjectSchema.Builder root) {
        return root.addBooleanProperty("unsafe")
                .addEnumProperty("layer", Arrays.stream(GuardrailLayer.values()).map(GuardrailLayer::wireName).toList())
                .addStringProperty("reason");
    }

    /**
     * @throws IllegalStateException when the text is not JSON of the shape
     */
    static <T extends StructuredAnswer> T read(String text, Shape<T> shape) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("the model's structured answer is not JSON: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalStateException("the model's structured answer is not a JSON object");
        }
        try {
            StructuredAnswer value = switch (shape) {
                // a router answer without a verdict is read as giving none, which changes nothing
                case Shape.Route route -> new RouteDecision(Intent.fromWireName(text(node, "intent"))
                        .orElseThrow(() -> new IllegalArgumentException("unknown intent")), number(node, "confidence"),
                        node.has("unsafe") ? safety(node) : null, tone(node));
                case Shape.Grounding grounding -> new GroundingVerdict(bool(node, "grounded"), node.path("feedback").asText(""));
                case Shape.Whisper whisper -> new WhisperPlan(node.path("next_question").asText(""), profile(node.path("profile")));
                case Shape.Safety safety -> safety(node);
            };
            return shape.cast(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the model's structured answer does not fit " + name(shape) + ": " + e.getMessage(), e);
        }
    }

    /** The visit facts the planner may read from the guest's message, each optional, short text. */
    private static final List<String> PROFILE_FIELDS = List.of("occasion", "occasion_date", "visit_purpose", "dining_preferences",
            "entertainment_preferences", "budget_band", "visit_frequency", "loyalty_tier", "party_size");

    private static JsonObjectSchema profileSchema() {
        JsonObjectSchema.Builder profile = JsonObjectSchema.builder().description(
                "what the guest's own words say about their visit, in English; leave a field out when they say nothing of it");
        PROFILE_FIELDS.forEach(field -> profile.addStringProperty(field));
        return profile.build();
    }

    /** The facts the model gave, text only and short; anything else is left out (the agent's patterns still read the message). */
    private static java.util.Map<String, String> profile(JsonNode node) {
        java.util.Map<String, String> facts = new java.util.HashMap<>();
        if (node.isObject()) {
            for (String field : PROFILE_FIELDS) {
                JsonNode value = node.path(field);
                if (value.isTextual() && !value.textValue().isBlank() && value.textValue().length() <= WhisperPlan.MAX_VALUE) {
                    facts.put(field, value.textValue().strip());
                }
            }
        }
        return facts;
    }

    /** The model's reading of the tone; none when it left the field out (the agent's phrase families decide then). */
    private static Tone tone(JsonNode node) {
        if (!node.hasNonNull("tone")) {
            return null;
        }
        return Tone.fromWireName(text(node, "tone")).orElseThrow(() -> new IllegalArgumentException("unknown tone"));
    }

    private static SafetyVerdict safety(JsonNode node) {
        boolean unsafe = bool(node, "unsafe");
        GuardrailLayer layer = node.hasNonNull("layer") ? layer(text(node, "layer")) : null;
        return new SafetyVerdict(unsafe, unsafe ? layer : null, node.path("reason").asText(""));
    }

    private static String text(JsonNode node, String field) {
        if (!node.path(field).isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is missing or not text");
        }
        return node.get(field).textValue();
    }

    private static double number(JsonNode node, String field) {
        if (!node.path(field).isNumber()) {
            throw new IllegalArgumentException("'" + field + "' is missing or not a number");
        }
        return node.get(field).doubleValue();
    }

    private static boolean bool(JsonNode node, String field) {
        if (!node.path(field).isBoolean()) {
            throw new IllegalArgumentException("'" + field + "' is missing or not true/false");
        }
        return node.get(field).booleanValue();
    }

    private static GuardrailLayer layer(String wire) {
        return List.of(GuardrailLayer.values()).stream().filter(l -> l.wireName().equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown layer '" + wire + "'"));
    }

    /** Each shape's format, built once when first asked for (after this class's constants): a schema never changes. */
    private static final class Formats {
        static final Map<Shape<?>, ResponseFormat> ALL = Map.of(Shape.ROUTE, build(Shape.ROUTE), Shape.GROUNDING, build(Shape.GROUNDING),
                Shape.WHISPER, build(Shape.WHISPER), Shape.SAFETY, build(Shape.SAFETY));
    }
}
