package ai.heyseven.adapter.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The chat page's credential: {@code base64url(casino|origin|expiry).hmac}, signed with the page
 * secret (HMAC-SHA256). Stateless, so any instance of the fleet checks a token another issued; short
 * lived; good for one casino, from one origin, on the page's calls only.
 */
final class PageTokens {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,600}\\.[0-9a-f]{64}");
    private static final String SIGNATURE_PREFIX = "sha256=";

    private final Rotating<WebhookSecret> secret;
    private final Duration lifetime;
    private final Clock clock;

    PageTokens(Rotating<WebhookSecret> secret, Duration lifetime, Clock clock) {
        this.secret = secret;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    boolean enabled() {
        return !secret.isEmpty();
    }

    /** A token for {@code casinoId} from {@code origin}, signed with the newest secret. */
    Issued issue(String casinoId, String origin) {
        Instant expires = clock.instant().plus(lifetime);
        byte[] payload = (casinoId + "|" + origin + "|" + expires.getEpochSecond()).getBytes(StandardCharsets.UTF_8);
        String signature = secret.valid().getFirst().sign(payload).substring(SIGNATURE_PREFIX.length());
        return new Issued(ENCODER.encodeToString(payload) + "." + signature, casinoId, expires);
    }

    /** The casino a genuine, unexpired token presented from {@code origin} is good for; empty otherwise. */
    Optional<String> verify(String token, String origin) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        byte[] payload;
        try {
            payload = DECODER.decode(token.substring(0, dot));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String header = SIGNATURE_PREFIX + token.substring(dot + 1);
        List<WebhookSecret> secrets = secret.valid();
        if (secrets.stream().noneMatch(key -> key.verifies(header, payload))) {
            return Optional.empty();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length != 3 || !parts[1].equals(origin)) {
            return Optional.empty();
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(parts[2])).isAfter(clock.instant()) ? Optional.of(parts[0]) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    record Issued(String token, String casinoId, Instant expiresAt) { }
}
