package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.Problem;
import ai.heyseven.ports.consent.ConsentRecord;
import ai.heyseven.ports.sms.CasinoSms;
import ai.heyseven.ports.sms.InboundSms;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's SMS routes (API key of the casino or the fleet):
 * {@code POST /v1/casinos/{casino_id}/consents} records an opt-in with its evidence → 201 (with a
 * {@code guest_id}, the web-chat guest is linked to the number for exclusions; 409 when that guest
 * has too many numbers);
 * {@code POST /v1/casinos/{casino_id}/sms} sends a message the casino starts → 202 sent or
 * scheduled (quiet hours), 409 when the number may not get it. Numbers must be E.164 (400).
 */
final class CasinoSmsRoutes {
    private static final Set<String> CONSENT_FIELDS = Set.of("phone", "purpose", "source", "wording", "consented_at", "guest_id");
    private static final Set<String> SMS_FIELDS = Set.of("to", "text", "purpose");
    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final int MAX_TEXT = 1_600;

    private final CasinoSms sms;

    CasinoSmsRoutes(CasinoSms sms) {
        this.sms = sms;
    }

    void consent(Context ctx) {
        String casinoId = allowedCasino(ctx);
        JsonNode body = body(ctx, CONSENT_FIELDS);
        CasinoSms.OptIn optIn = new CasinoSms.OptIn(phone(body, "phone"), purpose(body), Bodies.text(body, "source", true),
                Bodies.text(body, "wording", true), Optional.ofNullable(Bodies.text(body, "consented_at", false)).map(CasinoSmsRoutes::instant),
                guestId(body));
        ConsentRecord record;
        try {
            record = sms.optIn(casinoId, optIn, "api-key:" + Authentication.scope(ctx).keyId()).orElseThrow(() -> unknownCasino(casinoId));
        } catch (CasinoSms.NotAllowedException e) {
            throw notAllowed("This number may not be linked to this guest", e);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("casino_id", casinoId);
        answer.put("sequence", record.sequence());
        answer.put("hash", record.hash());
        ctx.status(201).contentType("application/json").result(Json.write(answer));
    }

    void send(Context ctx) {
        String casinoId = allowedCasino(ctx);
        JsonNode body = body(ctx, SMS_FIELDS);
        String text = Bodies.text(body, "text", true);
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw HttpProblem.badRequest("'text' must be 1 to " + MAX_TEXT + " characters");
        }
        CasinoSms.Outcome outcome;
        try {
            outcome = sms.send(casinoId, phone(body, "to"), text, purpose(body), "api-key:" + Authentication.scope(ctx).keyId())
                    .orElseThrow(() -> unknownCasino(casinoId));
        } catch (CasinoSms.NotAllowedException e) {
            throw notAllowed("This number may not get this message", e);
        }
        ctx.status(202).contentType("application/json")
                .result(Json.write(Map.of("status", outcome.scheduled() ? "scheduled" : "sent", "send_at", outcome.sendAt().toString())));
    }

    private static String allowedCasino(Context ctx) {
        String casinoId = ctx.pathParam("casino_id");
        RequestLog.casino(casinoId);
        if (!Authentication.scope(ctx).allows(casinoId)) {
            throw HttpProblem.forbidden("this API key is scoped to another casino");
        }
        return casinoId;
    }

    private static JsonNode body(Context ctx, Set<String> fields) {
        return Bodies.fields(ctx, MAX_BODY_BYTES, fields);
    }

    private static String phone(JsonNode body, String field) {
        String phone = Bodies.text(body, field, true);
        if (!InboundSms.E164.matcher(phone).matches()) {
            throw HttpProblem.badRequest("'" + field + "' must be an E.164 number such as +17025550100");
        }
        return phone;
    }

    private static HttpProblem notAllowed(String title, CasinoSms.NotAllowedException e) {
        return HttpProblem.of(Problem.of("not-allowed", title, 409, e.getMessage()));
    }

    /** The web-chat guest who gave the number, when the form knows it: the same form of id as {@code /v1/chat}'s. */
    private static Optional<String> guestId(JsonNode body) {
        Optional<String> guestId = Optional.ofNullable(Bodies.text(body, "guest_id", false));
        if (guestId.isPresent() && !GuestErasureRoute.ID.matcher(guestId.get()).matches()) {
            throw HttpProblem.badRequest("'guest_id' must be 1 to 128 letters, digits or . _ : @ + -");
        }
        return guestId;
    }

    private static String purpose(JsonNode body) {
        String purpose = Bodies.text(body, "purpose", true);
        if (!purpose.equals("service") && !purpose.equals("marketing")) {
            throw HttpProblem.badRequest("'purpose' must be service or marketing");
        }
        return purpose;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest("'consented_at' must be an ISO-8601 time such as 2026-11-24T18:00:00Z");
        }
    }

    private static HttpProblem unknownCasino(String casinoId) {
        return HttpProblem.of(Problem.of("unknown-casino", "Unknown casino", 404, "no casino '" + casinoId + "' is configured"));
    }
}
