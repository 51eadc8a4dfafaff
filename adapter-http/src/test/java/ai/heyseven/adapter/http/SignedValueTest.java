package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SignedValueTest {

    @Test
    void aValueSignedByOneInstanceIsReadByAnotherAndATamperedOneIsNot() {
        SignedValue one = new SignedValue(Rotating.of(WebhookSecret.of("fleet-secret")));
        SignedValue other = new SignedValue(Rotating.of(WebhookSecret.of("fleet-secret")));
        String signed = one.sign("{\"id\":\"maria\"}");
        assertEquals("{\"id\":\"maria\"}", other.verify(signed).orElseThrow());
        String payload = signed.substring(0, signed.indexOf('.'));
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"id\":\"admin\"}".getBytes())
                + signed.substring(payload.length());
        assertTrue(other.verify(forged).isEmpty());
        assertTrue(new SignedValue(Rotating.of(WebhookSecret.of("another-secret"))).verify(signed).isEmpty());
        assertTrue(other.verify("not-a-signed-value").isEmpty());
        assertTrue(other.verify(null).isEmpty());
    }

    @Test
    void aRotatedSecretKeepsOldValuesGoodForTheOverlapOnly() {
        AtomicLong now = new AtomicLong();
        Rotating<WebhookSecret> secret = Rotating.of(WebhookSecret.of("old-secret"), now::get);
        SignedValue signer = new SignedValue(secret);
        String old = signer.sign("session");
        secret.rotateTo(WebhookSecret.of("new-secret"), Duration.ofMinutes(5));
        assertEquals("session", signer.verify(old).orElseThrow(), "during the overlap");
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertTrue(signer.verify(old).isEmpty(), "after it");
        assertEquals("session", signer.verify(signer.sign("session")).orElseThrow());
    }

    @Test
    void aPendingLoginExpires() {
        PendingLogin pending = PendingLogin.fresh();
        assertEquals(pending, PendingLogin.fromJson(pending.toJson(), Instant.now()).orElseThrow());
        assertTrue(PendingLogin.fromJson(pending.toJson(), Instant.now().plus(PendingLogin.LIFETIME).plusSeconds(1)).isEmpty());
        assertTrue(PendingLogin.fromJson("{\"state\":\"\"}", Instant.now()).isEmpty());
    }
}
