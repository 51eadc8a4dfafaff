package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.telnyx.FakeTelnyx;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A self-exclusion in web chat reaches SMS marketing to the numbers the guest gave, in either order")
class CrossChannelExclusionIT {
    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static FakeTelnyx telnyx;
    private static HttpFixture http;

    @BeforeAll
    static void start() throws Exception {
        telnyx = new FakeTelnyx();
        // SMS on, so a marketing text that is allowed goes out (202) and a refusal (409) means the exclusion
        http = new HttpFixture(Map.of("TELNYX_PUBLIC_KEY", "Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=", "TELNYX_API_KEY", "KEY-test",
                "TELNYX_BASE_URL", telnyx.baseUrl().toString()));
    }

    @AfterAll
    static void stop() throws Exception {
        HttpFixture.closeAll(http, telnyx);
    }

    /** A fresh Las Vegas number (555-01xx is fiction's). */
    private static String number() {
        return "+170255501" + String.format("%02d", NUMBERS.incrementAndGet());
    }

    private static void banMe(String guest) {
        HttpResponse<String> chat = http.chat("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"" + guest + "\","
                + "\"message\":\"I can't stop gambling, please ban me\"}", "application/json");
        assertEquals(200, chat.statusCode(), chat.body());
        assertTrue(chat.body().contains("\"guardrail\":\"responsible_gaming\""), chat.body());
    }

    private static HttpResponse<String> optIn(String phone, String guestField) {
        return http.post("/v1/casinos/aurora-palms/consents", "{\"phone\":\"" + phone + "\",\"purpose\":\"marketing\","
                + "\"source\":\"crm-signup\",\"wording\":\"Offers by text. Reply STOP to end.\"" + guestField + "}",
                Map.of("X-API-Key", HttpFixture.KEY));
    }

    private static void linked(String phone, String guest) {
        HttpResponse<String> optIn = optIn(phone, ",\"guest_id\":\"" + guest + "\"");
        assertEquals(201, optIn.statusCode(), optIn.body());
    }

    private static HttpResponse<String> offer(String phone) {
        return http.post("/v1/casinos/aurora-palms/sms", "{\"to\":\"" + phone + "\",\"text\":\"Double points tonight!\","
                + "\"purpose\":\"marketing\"}", Map.of("X-API-Key", HttpFixture.KEY));
    }

    private static void refused(String phone) {
        HttpResponse<String> offer = offer(phone);
        assertEquals(409, offer.statusCode(), offer.body());
        assertTrue(offer.body().contains("excluded from marketing"), offer.body());
    }

    @Test
    void aNumberLinkedBeforeTheExclusionGetsNoMarketing() {
        String guest = "g-" + UUID.randomUUID();
        String phone = number();
        linked(phone, guest);
        assertEquals(202, offer(phone).statusCode(), "opted in and not excluded: the offer goes");
        banMe(guest);
        refused(phone);
    }

    @Test
    void aGuestInCrisisGetsNoMarketingEither() {
        String guest = "g-" + UUID.randomUUID();
        String phone = number();
        linked(phone, guest);
        HttpResponse<String> chat = http.chat("{\"casino_id\":\"aurora-palms\",\"guest_id\":\"" + guest + "\","
                + "\"message\":\"I don't want to live anymore, I lost everything\"}", "application/json");
        assertTrue(chat.body().contains("\"guardrail\":\"crisis\"") && chat.body().contains("988"), chat.body());
        refused(phone);
    }

    @Test
    void aNumberLinkedAfterTheExclusionGetsNoMarketing() {
        String guest = "g-" + UUID.randomUUID();
        String phone = number();
        banMe(guest);
        linked(phone, guest);
        refused(phone);
        linked(phone, guest); // the same form again: still excluded, one EXCLUDE record
        refused(phone);
    }

    @Test
    void anotherGuestsNumberAndAnErasedGuestsOldLinkAreNotExcluded() {
        String excluded = "g-" + UUID.randomUUID();
        String other = number();
        linked(other, "g-" + UUID.randomUUID());
        banMe(excluded);
        assertEquals(202, offer(other).statusCode(), "another guest's number");

        String erased = "g-" + UUID.randomUUID();
        String phone = number();
        linked(phone, erased);
        assertEquals(204, http.erase("aurora-palms", erased, HttpFixture.KEY).statusCode());
        banMe(erased); // the erase removed the link: the old number is nobody's now
        assertEquals(202, offer(phone).statusCode());
    }

    @Test
    void aBadGuestIdIsA400Problem() {
        HttpResponse<String> bad = optIn(number(), ",\"guest_id\":\"no spaces allowed\"");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("application/problem+json", bad.headers().firstValue("Content-Type").orElseThrow());
    }
}
