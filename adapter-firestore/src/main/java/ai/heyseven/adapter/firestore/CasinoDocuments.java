package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CrisisLine;
import ai.heyseven.ports.sms.InboundSms;
import com.google.cloud.firestore.DocumentSnapshot;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A casino's configuration as the document {@code casinos/{casino}}: read whole and validated, or refused whole. */
final class CasinoDocuments {
    private CasinoDocuments() {
    }

    static Map<String, Object> write(CasinoConfig config) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("display_name", config.displayName());
        fields.put("time_zone", config.timeZone().getId());
        fields.put("helpline", config.helpline());
        fields.put("languages", config.languages());
        fields.put("sms_numbers", config.smsNumbers());
        fields.put("features", config.features());
        fields.put("prompts", config.prompts());
        fields.put("crisis_lines", config.crisisLines().stream().map(CasinoDocuments::write).toList());
        fields.put("branding", BrandingFields.write(config.branding()));
        fields.put("hosting", HostingFields.write(config.hosting()));
        return fields;
    }

    private static Map<String, Object> write(CrisisLine line) {
        return Map.of("name", line.name(), "call", line.call(), "text", line.text(), "keyword", line.keyword(),
                "emergency", line.emergency());
    }

    /**
     * @throws IllegalArgumentException naming the field when the document is not a valid configuration
     */
    static CasinoConfig read(DocumentSnapshot document) {
        try {
            return parse(document);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(document.getReference().getPath()) ? e
                    : new IllegalArgumentException(document.getReference().getPath() + ": " + e.getMessage(), e);
        }
    }

    private static CasinoConfig parse(DocumentSnapshot document) {
        String zone = Fields.requiredText(document, "time_zone");
        ZoneId timeZone;
        try {
            timeZone = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(document.getReference().getPath() + ": time_zone '" + zone + "' is not a time zone", e);
        }
        for (String language : Fields.texts(document, "languages")) {
            if (!language.matches("[a-z]{2}")) {
                throw new IllegalArgumentException(document.getReference().getPath() + ": language '" + language
                        + "' is not an ISO 639-1 code");
            }
        }
        for (String number : Fields.texts(document, "sms_numbers")) {
            if (!InboundSms.E164.matcher(number).matches()) {
                throw new IllegalArgumentException(document.getReference().getPath() + ": sms number '" + number
                        + "' is not E.164");
            }
        }
        return new CasinoConfig(document.getId(), Fields.requiredText(document, "display_name"), timeZone,
                Fields.text(document, "helpline", ""), Fields.texts(document, "languages"), Fields.texts(document, "sms_numbers"),
                Fields.map(document, "features", Boolean.class), Fields.map(document, "prompts", String.class),
                crisisLines(document), BrandingFields.read(document.get("branding")),
                HostingFields.read(document.get("hosting")));
    }

    /** Each line a map of {@code name}, {@code call}, {@code text}, {@code keyword} (text) and {@code emergency} (boolean). */
    private static List<CrisisLine> crisisLines(DocumentSnapshot document) {
        return Fields.maps(document, "crisis_lines").stream().map(line -> new CrisisLine(crisisText(line, "name"),
                crisisText(line, "call"), crisisText(line, "text"), crisisText(line, "keyword"),
                switch (line.get("emergency")) {
                    case null -> false;
                    case Boolean emergency -> emergency;
                    default -> throw new IllegalArgumentException("crisis_lines: emergency must be true or false");
                })).toList();
    }

    private static String crisisText(Map<?, ?> line, String field) {
        return switch (line.get(field)) {
            case null -> "";
            case String text -> text;
            default -> throw new IllegalArgumentException("crisis_lines: " + field + " must be text");
        };
    }
}
