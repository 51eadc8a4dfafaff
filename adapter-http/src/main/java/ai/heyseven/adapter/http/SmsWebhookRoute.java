package ai.heyseven.adapter.http;

import ai.heyseven.ports.sms.InboundSms;
import ai.heyseven.ports.sms.SmsInbound;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/webhooks/sms}: Telnyx's events. A body that is not JSON is 400; a signature or
 * timestamp that does not pass is 401; a {@code message.received} missing a field is 400 — never a
 * 5xx for bad input, which would make Telnyx retry forever. {@code message.received} is claimed and
 * queued (200 at once; the answer follows from a worker), {@code message.sent} and
 * {@code message.finalized} are recorded, any other event type is acknowledged and ignored. A queue
 * that is down is 503, so Telnyx delivers again; so is an event that comes while the server runs too
 * late to take on more work (503 {@code overloaded}, before the signature is checked): Telnyx
 * delivers it again and a duplicate is answered once.
 */
final class SmsWebhookRoute implements Handler {
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final SmsInbound inbound;
    private final Rotating<TelnyxSignature> signature;
    private final AdmissionGate admission;

    SmsWebhookRoute(SmsInbound inbound, Rotating<TelnyxSignature> signature, AdmissionGate admission) {
        this.inbound = inbound;
        this.signature = signature;
        this.admission = admission;
    }

    @Override
    public void handle(Context ctx) {
        admission.check();
        List<TelnyxSignature> keys = signature.valid();
        if (keys.isEmpty()) {
            throw HttpProblem.badSignature("this server has no Telnyx public key (TELNYX_PUBLIC_KEY), so it refuses every SMS webhook");
        }
        Bodies.requireJson(ctx);
        byte[] body = Bodies.read(ctx, MAX_BODY_BYTES);
        JsonNode root = Bodies.object(body);
        TelnyxSignature.verifyAny(keys, ctx.header(TelnyxSignature.TIMESTAMP_HEADER), ctx.header(TelnyxSignature.SIGNATURE_HEADER), body);
        JsonNode data = root.path("data");
        String eventId = required(data, "/id");
        String type = required(data, "/event_type");
        String status = switch (type) {
            case "message.received" -> inbound.accept(received(data, eventId)) == SmsInbound.Acceptance.QUEUED ? "queued" : "duplicate";
            case "message.sent", "message.finalized" -> {
                inbound.delivered(new SmsInbound.DeliveryReport(eventId, type, required(data, "/payload/id"),
                        data.at("/payload/to/0/status").asText("unknown")));
                yield "recorded";
            }
            default -> "ignored";
        };
        ctx.status(200).contentType("application/json").result(Json.write(Map.of("status", status)));
    }

    private static InboundSms received(JsonNode data, String eventId) {
        try {
            return new InboundSms(eventId, required(data, "/payload/to/0/phone_number"), required(data, "/payload/from/phone_number"),
                    data.at("/payload/text").asText(""), receivedAt(data));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
    }

    private static Instant receivedAt(JsonNode data) {
        String at = data.at("/payload/received_at").asText(data.path("occurred_at").asText(""));
        try {
            return at.isEmpty() ? Instant.now() : Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest("data.payload.received_at must be an ISO-8601 time");
        }
    }

    private static String required(JsonNode data, String pointer) {
        JsonNode value = data.at(pointer);
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw HttpProblem.badRequest("data" + pointer.replace('/', '.') + " is required");
        }
        return value.textValue();
    }
}
