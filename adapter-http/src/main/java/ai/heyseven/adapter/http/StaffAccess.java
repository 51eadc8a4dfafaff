package ai.heyseven.adapter.http;

import java.util.Objects;
import java.util.Optional;

/**
 * How staff prove who they are: staff API keys for automation, and a signed session cookie that
 * sign-in through the casino's identity provider sets.
 *
 * @param keys the staff API keys ({@code HEYSEVEN_STAFF_KEYS}), rotated without a restart
 * @param sessionSecret signs the session cookie (fleet-wide, so any instance accepts it); none: no sign-in
 * @param oidc the identity provider; empty: the desk offers no sign-in, staff keys only
 * @param secureCookies whether cookies are marked Secure (off only for development over plain http)
 */
public record StaffAccess(Rotating<StaffKeys> keys, Rotating<WebhookSecret> sessionSecret, Optional<OidcSettings> oidc,
        boolean secureCookies) {
    public StaffAccess {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(sessionSecret, "sessionSecret");
        Objects.requireNonNull(oidc, "oidc");
        if (oidc.isPresent() && sessionSecret.isEmpty()) {
            throw new IllegalArgumentException("sign-in through the identity provider needs a session secret");
        }
    }

    /** No staff credential at all: every staff route answers 401. */
    public static StaffAccess off() {
        return new StaffAccess(Rotating.none(), Rotating.none(), Optional.empty(), true);
    }
}
