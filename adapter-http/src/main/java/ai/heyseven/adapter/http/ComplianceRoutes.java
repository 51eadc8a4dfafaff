package ai.heyseven.adapter.http;

import ai.heyseven.ports.compliance.ComplianceEvent;
import ai.heyseven.ports.consent.ChainCheck;
import ai.heyseven.ports.consent.ConsentChain;
import ai.heyseven.ports.consent.ConsentRecord;
import ai.heyseven.ports.desk.StaffMember;
import ai.heyseven.ports.desk.StaffRole;
import ai.heyseven.ports.sms.InboundSms;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The desk's compliance view, for the compliance role at the path's casino only (403 otherwise):
 * {@code GET /v1/casinos/{casino_id}/compliance/events?limit=} (the newest events, which name the
 * conversation and the rule, never the guest's words) and {@code GET …/consents/{phone}} (a number's
 * consent chain, oldest first, with the result of walking its hashes).
 */
final class ComplianceRoutes {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final Optional<DeskPorts> ports;

    ComplianceRoutes(Optional<DeskPorts> ports) {
        this.ports = ports;
    }

    void events(Context ctx) {
        String casino = requireCompliance(ctx);
        int limit = limit(ctx.queryParam("limit"));
        List<Map<String, Object>> events = ports().complianceEvents().recent(casino, limit).stream().map(ComplianceRoutes::event).toList();
        json(ctx, events);
    }

    void consentChain(Context ctx) {
        String casino = requireCompliance(ctx);
        String phone = ctx.pathParam("phone");
        if (!InboundSms.E164.matcher(phone).matches()) {
            throw HttpProblem.badRequest("phone must be a number in E.164 form, such as +17025550123");
        }
        List<ConsentRecord> records = ports().consents().history(casino, phone);
        ChainCheck check = ConsentChain.verify(records);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone", phone);
        body.put("records", records.stream().map(ComplianceRoutes::record).toList());
        body.put("verified", check.intact());
        body.put("first_broken", check.firstBroken().isPresent() ? check.firstBroken().getAsLong() : null);
        body.put("reason", check.reason().isEmpty() ? null : check.reason());
        json(ctx, body);
    }

    private static String requireCompliance(Context ctx) {
        StaffMember staff = StaffAuthentication.member(ctx);
        String casino = CaseRoutes.casino(ctx);
        if (!staff.holds(StaffRole.COMPLIANCE, casino)) {
            throw HttpProblem.forbidden("you are not compliance at " + casino);
        }
        return casino;
    }

    private DeskPorts ports() {
        return ports.orElseThrow(() -> HttpProblem.unavailable("this server has no host desk"));
    }

    private static int limit(String raw) {
        if (raw == null || raw.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // the message below names the range
        }
        throw HttpProblem.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + raw + "'");
    }

    private static Map<String, Object> event(ComplianceEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("thread_id", event.threadId());
        body.put("layer", event.layer().wireName());
        body.put("reason", event.reason());
        body.put("at", event.at().toString());
        return body;
    }

    private static Map<String, Object> record(ConsentRecord record) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sequence", record.sequence());
        body.put("kind", record.event().kind().name().toLowerCase(Locale.ROOT));
        body.put("purpose", record.event().purpose());
        body.put("source", record.event().source());
        body.put("wording", record.event().wording());
        body.put("at", record.event().at().toString());
        body.put("previous_hash", record.previousHash());
        body.put("hash", record.hash());
        return body;
    }

    private static void json(Context ctx, Object body) {
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType("application/json").result(Json.write(body));
    }
}
