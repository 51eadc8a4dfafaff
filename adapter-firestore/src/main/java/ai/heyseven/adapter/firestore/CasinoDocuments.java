package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.sms.InboundSms;
import com.google.cloud.firestore.DocumentSnapshot;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
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
        return fields;
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
                Fields.map(document, "features", Boolean.class), Fields.map(document, "prompts", String.class));
    }
}
