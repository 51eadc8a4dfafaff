package ai.heyseven.adapter.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server listens and bounds its work.
 *
 * @param heartbeat how often an idle event stream gets a comment line (at most 15 s by the contract)
 * @param trustProxy whether {@code X-Forwarded-For} names the client (only behind a proxy that sets it)
 * @param apiKeys the valid API keys, rotated without a restart
 * @param cmsSecret the CMS webhook's HMAC secret; none: the webhook refuses every call
 * @param telnyx Telnyx's webhook signature check; none: the SMS webhook refuses every call
 * @param page the chat page's properties and credential
 * @param staff how staff sign in to the desk and its routes
 * @param admission when new turns are shed (503 {@code overloaded}) because the server cannot keep up
 */
public record HttpSettings(String host, int port, Rotating<ApiKeys> apiKeys, Duration turnTimeout, Duration heartbeat,
        boolean trustProxy, Rotating<WebhookSecret> cmsSecret, Rotating<TelnyxSignature> telnyx, ChatPage page, StaffAccess staff,
        Admission admission) {

    /** With the default admission ({@link Admission#DEFAULTS}). */
    public HttpSettings(String host, int port, Rotating<ApiKeys> apiKeys, Duration turnTimeout, Duration heartbeat, boolean trustProxy,
            Rotating<WebhookSecret> cmsSecret, Rotating<TelnyxSignature> telnyx, ChatPage page, StaffAccess staff) {
        this(host, port, apiKeys, turnTimeout, heartbeat, trustProxy, cmsSecret, telnyx, page, staff, Admission.DEFAULTS);
    }

    /** With credentials that never rotate. */
    public HttpSettings(String host, int port, ApiKeys apiKeys, Duration turnTimeout, Duration heartbeat, boolean trustProxy,
            Optional<WebhookSecret> cmsSecret, Optional<TelnyxSignature> telnyx) {
        this(host, port, Rotating.of(apiKeys), turnTimeout, heartbeat, trustProxy, Rotating.ofNullable(cmsSecret.orElse(null)),
                Rotating.ofNullable(telnyx.orElse(null)), ChatPage.off(), StaffAccess.off());
    }

    /** Without staff credentials: every staff route answers 401. */
    public HttpSettings(String host, int port, Rotating<ApiKeys> apiKeys, Duration turnTimeout, Duration heartbeat, boolean trustProxy,
            Rotating<WebhookSecret> cmsSecret, Rotating<TelnyxSignature> telnyx, ChatPage page) {
        this(host, port, apiKeys, turnTimeout, heartbeat, trustProxy, cmsSecret, telnyx, page, StaffAccess.off());
    }

    /** The same, with staff credentials. */
    public HttpSettings withStaff(StaffAccess staffAccess) {
        return new HttpSettings(host, port, apiKeys, turnTimeout, heartbeat, trustProxy, cmsSecret, telnyx, page, staffAccess, admission);
    }

    /** The same, shedding new turns as {@code newAdmission} says. */
    public HttpSettings withAdmission(Admission newAdmission) {
        return new HttpSettings(host, port, apiKeys, turnTimeout, heartbeat, trustProxy, cmsSecret, telnyx, page, staff, newAdmission);
    }

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(apiKeys, "apiKeys");
        if (apiKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one API key is needed");
        }
        Objects.requireNonNull(turnTimeout, "turnTimeout");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(cmsSecret, "cmsSecret");
        Objects.requireNonNull(telnyx, "telnyx");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(admission, "admission");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (turnTimeout.isNegative() || turnTimeout.isZero() || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("turnTimeout and heartbeat must be positive");
        }
    }
}
