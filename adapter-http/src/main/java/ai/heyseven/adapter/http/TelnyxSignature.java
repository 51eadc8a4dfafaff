package ai.heyseven.adapter.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Telnyx's webhook signature: Ed25519 over {@code telnyx-timestamp + "|" + raw body}, in
 * {@code telnyx-signature-ed25519} (base64), checked with the JDK's own Ed25519 against the
 * account's public key (base64, 32 bytes). A timestamp more than five minutes from now, either
 * way, is refused: a replayed old delivery cannot pass.
 */
public final class TelnyxSignature {
    static final String SIGNATURE_HEADER = "telnyx-signature-ed25519";
    static final String TIMESTAMP_HEADER = "telnyx-timestamp";
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    /** The DER header of an X.509 SubjectPublicKeyInfo for an Ed25519 key; the raw 32 bytes follow. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final PublicKey key;
    private final Clock clock;

    private TelnyxSignature(PublicKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /**
     * @param base64Key the account's public key as Telnyx shows it: base64 of the raw 32 bytes
     * @throws IllegalArgumentException when it is not one
     */
    public static TelnyxSignature of(String base64Key, Clock clock) {
        try {
            byte[] raw = Base64.getDecoder().decode(base64Key.strip());
            if (raw.length != 32) {
                throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, got " + raw.length);
            }
            byte[] der = new byte[X509_PREFIX.length + raw.length];
            System.arraycopy(X509_PREFIX, 0, der, 0, X509_PREFIX.length);
            System.arraycopy(raw, 0, der, X509_PREFIX.length, raw.length);
            return new TelnyxSignature(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)), clock);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /**
     * Checks a delivery against each key that is valid now (the old one too, while a rotation
     * overlaps); returns normally when one of them accepts it.
     *
     * @throws HttpProblem 401 naming what is wrong with it under the newest key
     */
    static void verifyAny(List<TelnyxSignature> keys, String timestamp, String signature, byte[] body) {
        HttpProblem refusal = null;
        for (TelnyxSignature key : keys.reversed()) {
            try {
                key.verify(timestamp, signature, body);
                return;
            } catch (HttpProblem e) {
                refusal = e;
            }
        }
        throw refusal;
    }

    /**
     * Checks a delivery; returns normally when it is genuine and fresh.
     *
     * @throws HttpProblem 401 naming what is wrong
     */
    void verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            throw HttpProblem.badSignature("the " + TIMESTAMP_HEADER + " and " + SIGNATURE_HEADER + " headers are required");
        }
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw HttpProblem.badSignature(TIMESTAMP_HEADER + " must be Unix seconds");
        }
        if (Duration.between(sent, clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            throw HttpProblem.badSignature(TIMESTAMP_HEADER + " is more than " + TOLERANCE.toMinutes() + " minutes from now");
        }
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update((timestamp.strip() + "|").getBytes(StandardCharsets.UTF_8));
            ed25519.update(body);
            if (!ed25519.verify(Base64.getDecoder().decode(signature.strip()))) {
                throw HttpProblem.badSignature("the signature does not match the body");
            }
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw HttpProblem.badSignature(SIGNATURE_HEADER + " must be a base64 Ed25519 signature");
        }
    }
}
