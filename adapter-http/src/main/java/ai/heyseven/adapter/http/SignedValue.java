package ai.heyseven.adapter.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A value a client holds and cannot forge: {@code base64url(payload).hex(HMAC-SHA256)}, signed with
 * the newest of a rotating secret and accepted under any secret still valid. Stateless, so any
 * instance of a fleet reads what another wrote (the staff session, a sign-in under way).
 */
final class SignedValue {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,3600}\\.[0-9a-f]{64}");
    private static final String SIGNATURE_PREFIX = "sha256=";

    private final Rotating<WebhookSecret> secret;

    SignedValue(Rotating<WebhookSecret> secret) {
        this.secret = secret;
    }

    String sign(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        if (secret.isEmpty()) {
            throw new IllegalStateException("no secret to sign with");
        }
        return ENCODER.encodeToString(bytes) + "." + secret.valid().getFirst().sign(bytes).substring(SIGNATURE_PREFIX.length());
    }

    /** The payload of a genuine value; empty for anything else. */
    Optional<String> verify(String signed) {
        if (signed == null || !SHAPE.matcher(signed).matches()) {
            return Optional.empty();
        }
        int dot = signed.indexOf('.');
        byte[] payload;
        try {
            payload = DECODER.decode(signed.substring(0, dot));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String header = SIGNATURE_PREFIX + signed.substring(dot + 1);
        return secret.valid().stream().anyMatch(key -> key.verifies(header, payload))
                ? Optional.of(new String(payload, StandardCharsets.UTF_8))
                : Optional.empty();
    }
}
