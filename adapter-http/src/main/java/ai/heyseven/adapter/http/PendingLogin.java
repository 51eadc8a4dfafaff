package ai.heyseven.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A sign-in under way: its state, nonce and PKCE verifier, kept in a short-lived signed cookie rather
 * than in this server's memory, so whichever instance the provider's redirect reaches can finish it.
 */
record PendingLogin(String state, String nonce, String verifier, Instant expiresAt) {
    static final Duration LIFETIME = Duration.ofMinutes(10);

    static PendingLogin fresh() {
        return new PendingLogin(new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue(),
                Instant.now().plus(LIFETIME).truncatedTo(ChronoUnit.SECONDS));
    }

    String toJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state);
        body.put("nonce", nonce);
        body.put("verifier", verifier);
        body.put("exp", expiresAt.getEpochSecond());
        return Json.write(body);
    }

    /** The pending login a verified cookie payload holds, when it has not expired. */
    static Optional<PendingLogin> fromJson(String json, Instant now) {
        try {
            JsonNode root = Json.MAPPER.readTree(json);
            PendingLogin pending = new PendingLogin(root.path("state").asText(""), root.path("nonce").asText(""),
                    root.path("verifier").asText(""), Instant.ofEpochSecond(root.path("exp").asLong(0)));
            boolean complete = !pending.state().isEmpty() && !pending.nonce().isEmpty() && !pending.verifier().isEmpty();
            return complete && pending.expiresAt().isAfter(now) ? Optional.of(pending) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
