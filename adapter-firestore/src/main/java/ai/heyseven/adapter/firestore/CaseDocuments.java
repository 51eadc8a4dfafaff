package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.desk.Briefing;
import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.GuestChannel;
import com.google.cloud.Timestamp;
import com.google.cloud.firestore.DocumentSnapshot;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A desk case as a document of {@code cases} and back; the fields are the ones {@code docs/data-model.md} lists. */
final class CaseDocuments {
    static final String CASINO_ID = "casino_id";
    static final String THREAD_ID = "thread_id";
    static final String GUEST_ID = "guest_id";
    static final String REASON = "reason";
    static final String STATUS = "status";
    static final String OPENED_AT = "opened_at";
    static final String UPDATED_AT = "updated_at";

    private CaseDocuments() {
    }

    static Map<String, Object> write(DeskCase deskCase) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("case_id", deskCase.caseId());
        fields.put(CASINO_ID, deskCase.casinoId());
        fields.put(THREAD_ID, deskCase.threadId());
        fields.put(GUEST_ID, deskCase.guestId().orElse(null));
        fields.put("channel", deskCase.channel().wireName());
        fields.put("sms_to", deskCase.smsTo().orElse(null));
        fields.put(REASON, deskCase.reason().wireName());
        fields.put(STATUS, deskCase.status().wireName());
        fields.put(OPENED_AT, Fields.timestamp(deskCase.openedAt()));
        fields.put(UPDATED_AT, Fields.timestamp(deskCase.updatedAt()));
        fields.put("claimed_by", deskCase.claimedBy().orElse(null));
        fields.put("claimed_by_name", deskCase.claimedByName().orElse(null));
        fields.put("outcome", deskCase.outcome().orElse(null));
        fields.put("briefing", write(deskCase.briefing()));
        fields.put("transcript", deskCase.transcript().stream().map(CaseDocuments::write).toList());
        return fields;
    }

    private static Map<String, Object> write(Briefing briefing) {
        return Map.of("wants", briefing.wants(), "profile", briefing.profile(), "risk_flags", briefing.riskFlags(),
                "guest_said", briefing.guestSaid(), "inferred", briefing.inferred(), "next_step", briefing.nextStep(),
                "written_by", briefing.writtenBy());
    }

    private static Map<String, Object> write(CaseMessage line) {
        return Map.of("author", line.author().name().toLowerCase(Locale.ROOT), "name", line.name(), "text", line.text(),
                "at", Fields.timestamp(line.at()));
    }

    static DeskCase read(DocumentSnapshot document) {
        return new DeskCase(Fields.requiredText(document, "case_id"), Fields.requiredText(document, CASINO_ID),
                Fields.requiredText(document, THREAD_ID), optional(document, GUEST_ID),
                GuestChannel.valueOf(Fields.requiredText(document, "channel").toUpperCase(Locale.ROOT)), optional(document, "sms_to"),
                CaseReason.ofWireName(Fields.requiredText(document, REASON)).orElseThrow(() -> wrong(document, REASON)),
                CaseStatus.ofWireName(Fields.requiredText(document, STATUS)).orElseThrow(() -> wrong(document, STATUS)),
                time(document, OPENED_AT), time(document, UPDATED_AT), optional(document, "claimed_by"),
                optional(document, "claimed_by_name"), optional(document, "outcome"), briefing(document),
                Fields.maps(document, "transcript").stream().map(line -> line(document, line)).toList());
    }

    private static Briefing briefing(DocumentSnapshot document) {
        return new Briefing(Fields.text(document, "briefing.wants", ""), Fields.texts(document, "briefing.profile"),
                Fields.texts(document, "briefing.risk_flags"), Fields.texts(document, "briefing.guest_said"),
                Fields.texts(document, "briefing.inferred"), Fields.text(document, "briefing.next_step", ""),
                Fields.text(document, "briefing.written_by", "extractive"));
    }

    private static CaseMessage line(DocumentSnapshot document, Map<?, ?> line) {
        if (line.get("author") instanceof String author && line.get("name") instanceof String name && line.get("text") instanceof String text
                && line.get("at") instanceof Timestamp at) {
            return new CaseMessage(CaseMessage.Author.valueOf(author.toUpperCase(Locale.ROOT)), name, text, Fields.instant(at));
        }
        throw wrong(document, "transcript");
    }

    private static Optional<String> optional(DocumentSnapshot document, String field) {
        return Optional.of(Fields.text(document, field, "")).filter(text -> !text.isEmpty());
    }

    private static Instant time(DocumentSnapshot document, String field) {
        Timestamp at = document.get(field, Timestamp.class);
        if (at == null) {
            throw wrong(document, field);
        }
        return Fields.instant(at);
    }

    private static IllegalArgumentException wrong(DocumentSnapshot document, String field) {
        return new IllegalArgumentException(document.getReference().getPath() + ": " + field + " is missing or unknown");
    }
}
