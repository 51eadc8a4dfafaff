package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/openapi.yaml} to the letter: it parses without a single message, it names exactly
 * the routes the running server answers, and real requests and responses — recorded here from the
 * server — validate against the schemas it gives for them.
 */
class OpenApiIT {
    private static final Path FILE = Path.of("..", "docs", "openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
    private static final String STAFF = "openapi-staff-key-0001";
    private static JsonNode openapi;
    private static HttpFixture http;

    @BeforeAll
    static void start() throws Exception {
        openapi = new YAMLMapper().readTree(FILE.toFile());
        http = new HttpFixture(Map.of("HEYSEVEN_STAFF_KEYS", "host:" + STAFF + "@aurora-palms,compliance:" + STAFF + "@aurora-palms"));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void itParsesAsOpenApi31WithoutAMessage() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(Files.readString(FILE), null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
        assertEquals(Files.readString(FILE), http.get("/openapi.yaml").body(), "the server serves this very file");
    }

    @Test
    void itDescribesEveryRouteTheServerAnswersAndNoOther() {
        Set<String> described = new TreeSet<>();
        openapi.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        assertEquals(new TreeSet<>(http.server.routes()), described);
    }

    @Test
    void recordedRequestsAndResponsesMatchTheirSchemas() throws Exception {
        String ask = "{\"casino_id\":\"aurora-palms\",\"message\":\"Where can I get sushi?\",\"guest_id\":\"openapi-1\"}";
        check("/v1/chat", "post", ask, http.chat(ask, "application/json"));
        HttpResponse<String> stream = http.chat(ask, "text/event-stream");
        JsonNode events = openapi.path("x-sse-events");
        List<HttpFixture.Event> recorded = HttpFixture.events(stream.body());
        assertEquals("metadata", recorded.getFirst().name());
        assertEquals("done", recorded.getLast().name());
        for (HttpFixture.Event event : recorded) {
            assertTrue(events.has(event.name()), "an event the description lacks: " + event.name());
            validate(events.path(event.name()), event.data(), "event " + event.name());
        }
        String threadId = JSON.readTree(recorded.getFirst().data()).path("thread_id").asText();

        check("/v1/chat", "post", "{\"casino_id\":\"atlantis\",\"message\":\"hi\"}",
                http.chat("{\"casino_id\":\"atlantis\",\"message\":\"hi\"}", "application/json"));
        check("/v1/chat", "post", null, http.chat("{\"casino_id\":\"aurora-palms\",\"message\":\"hi\"}", "application/json", "wrong-key"));
        String feedback = "{\"thread_id\":\"" + threadId + "\",\"rating\":4,\"comment\":\"Helpful.\"}";
        check("/v1/feedback", "post", feedback, http.post("/v1/feedback", feedback, Map.of("X-API-Key", HttpFixture.KEY)));
        check("/v1/feedback", "post", null, http.post("/v1/feedback", "{\"thread_id\":\"nope\",\"rating\":4}", Map.of("X-API-Key", HttpFixture.KEY)));
        String page = "{\"casino_id\":\"aurora-palms\"}";
        String origin = "http://127.0.0.1:" + http.server.port();
        check("/v1/chat/token", "post", page, http.post("/v1/chat/token", page, Map.of("Origin", origin)));
        check("/v1/chat/token", "post", page, http.post("/v1/chat/token", page, Map.of("Origin", "https://elsewhere.example")));
        String consent = "{\"phone\":\"+17025550123\",\"purpose\":\"service\",\"source\":\"front-desk\",\"wording\":\"Text me.\"}";
        check("/v1/casinos/{casino_id}/consents", "post", consent,
                http.post("/v1/casinos/aurora-palms/consents", consent, Map.of("X-API-Key", HttpFixture.KEY)));
        check("/health", "get", null, http.get("/health"));
        check("/live", "get", null, http.get("/live"));
        check("/v1/casinos/{casino_id}/guests/{guest_id}", "delete", null, http.erase("aurora-palms", "openapi-1", HttpFixture.KEY));
    }

    @Test
    void recordedDeskExchangesMatchTheirSchemas() throws Exception {
        Map<String, String> staff = Map.of("X-API-Key", STAFF);
        String distress = "{\"casino_id\":\"aurora-palms\",\"message\":\"I can't stop gambling, I lost my savings\",\"guest_id\":\"openapi-2\"}";
        String thread = JSON.readTree(http.chat(distress, "application/json").body()).path("thread_id").asText();
        check("/v1/staff/me", "get", null, staffGet("/v1/staff/me", STAFF));
        check("/v1/staff/me", "get", null, staffGet("/v1/staff/me", HttpFixture.KEY));
        HttpResponse<String> list = staffGet("/v1/casinos/aurora-palms/cases?status=open", STAFF);
        check("/v1/casinos/{casino_id}/cases", "get", null, list);
        String caseId = null;
        for (JsonNode c : JSON.readTree(list.body())) {
            caseId = c.path("thread_id").asText().equals(thread) ? c.path("case_id").asText() : caseId;
        }
        assertTrue(caseId != null, list.body());
        String path = "/v1/casinos/aurora-palms/cases/" + caseId;
        check("/v1/casinos/{casino_id}/cases/{case_id}", "get", null, staffGet(path, STAFF));
        check("/v1/casinos/{casino_id}/cases/{case_id}", "get", null, staffGet("/v1/casinos/aurora-palms/cases/nope", STAFF));
        check("/v1/casinos/{casino_id}/cases/{case_id}/claim", "post", null, http.post(path + "/claim", "{}", staff));
        String reply = "{\"text\":\"I'm here.\"}";
        check("/v1/casinos/{casino_id}/cases/{case_id}/messages", "post", reply, http.post(path + "/messages", reply, staff));
        check("/v1/casinos/{casino_id}/cases/{case_id}/release", "post", null, http.post(path + "/release", "{}", staff));
        check("/v1/casinos/{casino_id}/cases/{case_id}/release", "post", null, http.post(path + "/release", "{}", staff));
        String outcome = "{\"outcome\":\"talked it through\"}";
        check("/v1/casinos/{casino_id}/cases/{case_id}/resolve", "post", outcome, http.post(path + "/resolve", outcome, staff));
        check("/v1/casinos/{casino_id}/compliance/events", "get", null, staffGet("/v1/casinos/aurora-palms/compliance/events?limit=5", STAFF));
        check("/v1/casinos/{casino_id}/consents/{phone}", "get", null, staffGet("/v1/casinos/aurora-palms/consents/+17025550123", STAFF));
        check("/v1/casinos/{casino_id}/items", "post", null, http.post("/v1/casinos/aurora-palms/items", "[]", staff));
    }

    private static HttpResponse<String> staffGet(String path, String key) {
        return http.send(java.net.http.HttpRequest.newBuilder(http.uri(path)).header("X-API-Key", key).GET());
    }

    /** The request body (if any) against the operation's request schema; the response against the schema of its status. */
    private static void check(String path, String method, String requestBody, HttpResponse<String> response) throws Exception {
        JsonNode operation = openapi.path("paths").path(path).path(method);
        assertTrue(operation.isObject(), method + " " + path + " is not described");
        if (requestBody != null) {
            validate(operation.at("/requestBody/content/application~1json/schema"), requestBody, method + " " + path + " request");
        }
        String status = Integer.toString(response.statusCode());
        JsonNode described = resolve(operation.path("responses").path(status));
        assertTrue(described.isObject(), method + " " + path + " answered " + status + ", which is not described: " + response.body());
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        if (response.body().isEmpty()) {
            assertTrue(described.path("content").isMissingNode(), method + " " + path + " " + status + " should have a body");
            return;
        }
        JsonNode schema = described.path("content").path(type).path("schema");
        assertTrue(schema.isObject(), method + " " + path + " " + status + " answered " + type + ", which is not described");
        validate(schema, response.body(), method + " " + path + " " + status);
        if (type.equals("application/problem+json")) {
            String slug = JSON.readTree(response.body()).path("type").asText().replace("https://heyseven.ai/problems/", "");
            assertTrue(openapi.path("x-problem-types").has(slug), "a problem type the description lacks: " + slug);
        }
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.isEmpty() ? node : openapi.at(ref.substring(1));
    }

    /** {@code instance} against {@code schema}, with the description's components beside it so its $refs resolve. */
    private static void validate(JsonNode schema, String instance, String what) throws Exception {
        ObjectNode document = JSON.createObjectNode();
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        document.setAll((ObjectNode) schema.deepCopy());
        document.set("components", openapi.path("components"));
        List<Error> errors = SCHEMAS.getSchema(JSON.writeValueAsString(document), InputFormat.JSON).validate(instance, InputFormat.JSON);
        List<String> messages = new ArrayList<>();
        for (Iterator<Error> each = errors.iterator(); each.hasNext(); ) {
            messages.add(each.next().toString());
        }
        assertEquals(List.of(), messages, what + ": " + instance);
    }
}
