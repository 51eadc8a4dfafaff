package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.Briefing;
import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.DeskCase;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The wire forms of the host desk: a case in the queue, a case in full, a host's line to a guest. */
final class CaseJson {
    private CaseJson() {
    }

    /** {@code {"case_id","thread_id","reason","channel","status","opened_at","updated_at","claimed_by","claimed_by_name"}}. */
    static Map<String, Object> item(DeskCase c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("case_id", c.caseId());
        body.put("thread_id", c.threadId());
        body.put("reason", c.reason().wireName());
        body.put("channel", c.channel().wireName());
        body.put("status", c.status().wireName());
        body.put("opened_at", time(c.openedAt()));
        body.put("updated_at", time(c.updatedAt()));
        body.put("claimed_by", c.claimedBy().orElse(null));
        body.put("claimed_by_name", c.claimedByName().orElse(null));
        return body;
    }

    /** The list item with the outcome, the briefing and the (redacted) transcript. */
    static Map<String, Object> detail(DeskCase c) {
        Map<String, Object> body = item(c);
        body.put("outcome", c.outcome().orElse(null));
        body.put("briefing", briefing(c.briefing()));
        body.put("transcript", c.transcript().stream().map(CaseJson::line).toList());
        return body;
    }

    /** A line of the transcript: {@code {"author","name","text","at"}} (the name for a host's line only). */
    static Map<String, Object> line(CaseMessage line) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("author", line.author().name().toLowerCase(Locale.ROOT));
        body.put("name", line.name().isEmpty() ? null : line.name());
        body.put("text", line.text());
        body.put("at", time(line.at()));
        return body;
    }

    /** What the guest's page gets of a host's message: {@code {"name","text","at"}}. */
    static Map<String, Object> hostMessage(CaseMessage line) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", line.name());
        body.put("text", line.text());
        body.put("at", time(line.at()));
        return body;
    }

    /** {@code {"name": "<host>"|null}}: who holds the guest's conversation now. */
    static Map<String, Object> host(Optional<String> name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name.orElse(null));
        return body;
    }

    private static Map<String, Object> briefing(Briefing b) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("wants", b.wants());
        body.put("profile", b.profile());
        body.put("risk_flags", b.riskFlags());
        body.put("guest_said", b.guestSaid());
        body.put("inferred", b.inferred());
        body.put("next_step", b.nextStep());
        body.put("written_by", b.writtenBy());
        return body;
    }

    static List<Map<String, Object>> items(List<DeskCase> cases) {
        return cases.stream().map(CaseJson::item).toList();
    }

    private static String time(Instant at) {
        return at.toString();
    }
}
