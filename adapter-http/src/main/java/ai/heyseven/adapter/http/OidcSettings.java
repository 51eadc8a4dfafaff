package ai.heyseven.adapter.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The casino's identity provider, where staff sign in with OpenID Connect (authorization code with
 * PKCE).
 *
 * @param issuer the provider's issuer; its discovery document is read from {@code issuer/.well-known/openid-configuration}
 * @param clientId this server's client at the provider
 * @param clientSecret the client's secret (rotating with its file)
 * @param redirectUri where the provider sends the browser back: the server's public URL and {@code /desk/callback}
 * @param rolesClaim the ID token claim that lists the member's roles, as {@code role@casino_id}
 * @param timeout for each call to the provider (discovery, token, keys)
 */
public record OidcSettings(URI issuer, String clientId, Rotating<String> clientSecret, URI redirectUri, String rolesClaim,
        Duration timeout) {
    public static final String DEFAULT_ROLES_CLAIM = "heyseven_roles";

    public OidcSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(rolesClaim, "rolesClaim");
        if (clientId.isBlank() || clientSecret.isEmpty() || rolesClaim.isBlank()) {
            throw new IllegalArgumentException("the identity provider needs a client id, a client secret and a roles claim");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }
}
