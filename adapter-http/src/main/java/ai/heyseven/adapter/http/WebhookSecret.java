package ai.heyseven.adapter.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shared secret a webhook sender signs its bodies with (HMAC-SHA256). Never printed: its
 * {@code toString} hides it.
 */
public final class WebhookSecret {
    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";

    private final SecretKeySpec key;

    private WebhookSecret(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** @throws IllegalArgumentException when blank */
    public static WebhookSecret of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a webhook secret must not be blank");
        }
        return new WebhookSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The signature header value for {@code body}: {@code sha256=<hex>}. */
    public String sign(byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(body));
    }

    /** Whether {@code header} ({@code sha256=<hex>}) signs {@code body}, compared in constant time. */
    boolean verifies(String header, byte[] body) {
        if (header == null) {
            return false;
        }
        String value = header.strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return false;
        }
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(presented, mac(body));
    }

    /** The raw HMAC-SHA256 of {@code body}: the CMS signature above, and the desk's outbound alerts ({@link CaseWebhooks}). */
    byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
