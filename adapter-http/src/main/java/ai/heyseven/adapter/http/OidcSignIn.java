package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.StaffMember;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Staff sign-in through the casino's identity provider with OpenID Connect: the authorization code
 * flow with PKCE (S256), state and nonce, on Nimbus's OAuth 2.0 / OIDC SDK. The provider is found by
 * discovery on first use (and again after a failure); its ID tokens are checked for issuer,
 * audience, signature (its published keys), nonce and expiry. Every call to the provider is timed out.
 */
final class OidcSignIn {
    private static final int MAX_KEYS_BYTES = 512 * 1024;

    private final OidcSettings settings;
    private final StaffClaims claims;
    private volatile Provider provider;

    OidcSignIn(OidcSettings settings) {
        this.settings = settings;
        this.claims = new StaffClaims(settings.rolesClaim());
    }

    /** A new sign-in: where to send the browser, and what the callback must find again. */
    Started start() {
        PendingLogin pending = PendingLogin.fresh();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile"),
                new ClientID(settings.clientId()), settings.redirectUri())
                .endpointURI(provider().metadata().getAuthorizationEndpointURI())
                .state(new State(pending.state()))
                .nonce(new Nonce(pending.nonce()))
                .codeChallenge(new CodeVerifier(pending.verifier()), CodeChallengeMethod.S256)
                .build();
        return new Started(request.toURI(), pending);
    }

    /**
     * Finishes a sign-in the provider sent back to the callback with {@code query}.
     *
     * @throws HttpProblem 400 for a state that is not this sign-in's or a refused sign-in, 503 when the provider fails
     */
    StaffMember finish(Map<String, List<String>> query, PendingLogin pending) {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(settings.redirectUri(), query);
        } catch (ParseException e) {
            throw HttpProblem.badRequest("the identity provider's answer could not be read: " + e.getMessage());
        }
        if (response.getState() == null || !pending.state().equals(response.getState().getValue())) {
            throw HttpProblem.badRequest("the sign-in's state does not match the one this browser started; sign in again");
        }
        if (!response.indicatesSuccess()) {
            throw HttpProblem.badRequest("the identity provider refused the sign-in: "
                    + response.toErrorResponse().getErrorObject().getCode());
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw HttpProblem.badRequest("the identity provider sent no authorization code");
        }
        Provider current = provider();
        JWT idToken = exchange(current, code, pending);
        try {
            IDTokenClaimsSet set = current.validator().validate(idToken, new Nonce(pending.nonce()));
            return claims.member(set);
        } catch (BadJOSEException | JOSEException e) {
            throw HttpProblem.unauthorized("the identity provider's ID token was refused: " + e.getMessage());
        }
    }

    private JWT exchange(Provider current, AuthorizationCode code, PendingLogin pending) {
        ClientSecretBasic client = new ClientSecretBasic(new ClientID(settings.clientId()),
                new Secret(settings.clientSecret().valid().getFirst()));
        TokenRequest request = new TokenRequest(current.metadata().getTokenEndpointURI(), client,
                new AuthorizationCodeGrant(code, settings.redirectUri(), new CodeVerifier(pending.verifier())));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(millis());
        http.setReadTimeout(millis());
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(http.send());
            if (!response.indicatesSuccess()) {
                throw HttpProblem.badRequest("the identity provider refused the code: "
                        + response.toErrorResponse().getErrorObject().getCode());
            }
            OIDCTokens tokens = response.toSuccessResponse().getTokens().toOIDCTokens();
            return tokens.getIDToken();
        } catch (IOException | ParseException e) {
            throw HttpProblem.unavailable("the identity provider did not answer the token request: " + e.getMessage());
        }
    }

    /** The provider's metadata and ID token check, found by discovery once it succeeds. */
    private Provider provider() {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (provider == null) {
                provider = discover();
            }
            return provider;
        }
    }

    private Provider discover() {
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), millis(), millis());
            List<JWSAlgorithm> algorithms = metadata.getIDTokenJWSAlgs();
            // RS256 is the one every provider must support (OIDC Core 3.1.3.7); another only when the provider offers nothing else
            JWSAlgorithm algorithm = algorithms == null || algorithms.isEmpty() || algorithms.contains(JWSAlgorithm.RS256)
                    ? JWSAlgorithm.RS256 : algorithms.getFirst();
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()), algorithm,
                    metadata.getJWKSetURI().toURL(), new DefaultResourceRetriever(millis(), millis(), MAX_KEYS_BYTES));
            return new Provider(metadata, validator);
        } catch (GeneralException | IOException | RuntimeException e) {
            throw HttpProblem.unavailable("the identity provider at " + settings.issuer() + " could not be discovered: " + e.getMessage());
        }
    }

    private int millis() {
        return (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
    }

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) { }

    /** A started sign-in: the provider's authorization URL and the pending login to keep in the browser. */
    record Started(URI authorization, PendingLogin pending) { }
}
