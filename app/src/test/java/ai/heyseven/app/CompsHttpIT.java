package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryAuditTrail;
import ai.heyseven.ports.audit.AuditEntry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 24's first "done when", over real HTTP on the dev server with the sample player data and comp
 * policy of aurora-palms (guest-gold: Gold, ADT 400; Gold rooms 200, anniversary ×1.25; a host approves
 * above $300).
 */
@DisplayName("Comps within policy over POST /v1/chat, dev profile with the sample player data")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompsHttpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MONEY = Pattern.compile("\\$(\\d[\\d,]*)");
    private static final String HOST = "maria-host-key-aurora-0001";
    private static HttpFixture http;

    @BeforeAll
    static void start() {
        http = new HttpFixture(Map.of("HEYSEVEN_STAFF_KEYS", "host:" + HOST + "@aurora-palms"));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static JsonNode chat(String guest, String thread, String message) throws Exception {
        String body = "{\"casino_id\":\"aurora-palms\",\"guest_id\":\"" + guest + "\","
                + (thread == null ? "" : "\"thread_id\":\"" + thread + "\",") + "\"message\":" + JSON.writeValueAsString(message) + "}";
        HttpResponse<String> response = http.chat(body, "application/json");
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static List<String> amounts(String reply) {
        List<String> found = new ArrayList<>();
        Matcher money = MONEY.matcher(reply);
        while (money.find()) {
            found.add(money.group(1));
        }
        return found;
    }

    /** The {@code comp_approval} cases of a conversation, as a host lists them on the staff route. */
    private static List<JsonNode> compApprovals(String thread) throws Exception {
        HttpResponse<String> listed = http.send(HttpRequest.newBuilder(http.uri("/v1/casinos/aurora-palms/cases"))
                .header("X-API-Key", HOST).GET());
        assertEquals(200, listed.statusCode(), listed.body());
        List<JsonNode> found = new ArrayList<>();
        JSON.readTree(listed.body()).forEach(listedCase -> {
            if (listedCase.path("reason").asText().equals("comp_approval") && listedCase.path("thread_id").asText().equals(thread)) {
                found.add(listedCase);
            }
        });
        return found;
    }

    private static List<AuditEntry> offersAudited(String subject) {
        return ((InMemoryAuditTrail) http.server.durable().ports().auditTrail()).entries().stream()
                .filter(entry -> entry.action().equals("comp.offered") && entry.subject().equals(subject)).toList();
    }

    @Test
    @Order(1)
    void aGoldGuestsAnniversaryRoomGetsWhatTheGoldPolicyAllowsAndNothingMore() throws Exception {
        int audited = offersAudited("room_night:250").size();

        JsonNode reply = chat("guest-gold", null, "any chance of a comp on my room? it's our anniversary");

        String text = reply.get("reply").asText();
        assertTrue(text.contains("Gold") && text.contains("anniversary") && text.contains("room credit"), text);
        assertEquals(List.of("250"), amounts(text), "Gold's $200 room × 1.25 for the anniversary, and no other amount");
        assertEquals(List.of(), compApprovals(reply.get("thread_id").asText()), "within the approval amount: no host needed");
        assertEquals(audited + 1, offersAudited("room_night:250").size(), "the offer is audited");
    }

    @Test
    @Order(2)
    void aRequestAboveTheApprovalAmountSaysAHostWillConfirmAndOpensACompApprovalCase() throws Exception {
        JsonNode reply = chat("guest-gold", null, "Could you comp $600 on my room for our anniversary?");

        String text = reply.get("reply").asText();
        assertTrue(text.contains("needs a host's approval") && text.contains("a host, who will confirm"), text);
        assertFalse(amounts(text).contains("600"), "the guest's $600 is never promised: " + text);
        List<JsonNode> opened = compApprovals(reply.get("thread_id").asText());
        assertEquals(1, opened.size(), "one comp_approval case for the conversation, listed where hosts look");
        HttpResponse<String> detail = http.send(HttpRequest.newBuilder(http.uri("/v1/casinos/aurora-palms/cases/"
                + opened.getFirst().path("case_id").asText())).header("X-API-Key", HOST).GET());
        assertEquals(200, detail.statusCode(), detail.body());
        String wants = JSON.readTree(detail.body()).path("briefing").path("wants").asText();
        assertTrue(wants.contains("requested:600") && wants.contains("room_night:250"), "the host sees what to approve: " + wants);
    }

    /** Last: the distress excludes guest-gold from marketing for good, as it should. */
    @Test
    @Order(3)
    void afterILostMyRentMoneyTonightTheSameGuestIsOfferedNothing() throws Exception {
        JsonNode first = chat("guest-gold", null, "any chance of a comp on my room? it's our anniversary");
        String thread = first.get("thread_id").asText();
        assertEquals(List.of("250"), amounts(first.get("reply").asText()));

        JsonNode distress = chat("guest-gold", thread, "I lost my rent money tonight");
        JsonNode again = chat("guest-gold", thread, "so can I get that comp on my room for our anniversary?");

        assertEquals("responsible_gaming", distress.get("guardrail").asText(), distress.toString());
        String text = again.get("reply").asText();
        assertEquals(List.of(), amounts(text), "no amount, no offer: " + text);
        assertTrue(text.contains("not able to arrange comps"), text);
        assertEquals(List.of(), compApprovals(thread));

        JsonNode nextConversation = chat("guest-gold", null, "any chance of a comp on my room? it's our anniversary");
        assertEquals(List.of(), amounts(nextConversation.get("reply").asText()),
                "excluded from marketing on every channel, a new conversation offers nothing either: " + nextConversation);
    }
}
