package ai.heyseven.app;

import ai.heyseven.adapter.http.OidcSettings;
import ai.heyseven.adapter.http.Rotating;
import ai.heyseven.adapter.http.StaffAccess;
import ai.heyseven.adapter.http.StaffKeys;
import ai.heyseven.adapter.http.WebhookSecret;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's staff credentials from the settings: staff keys and the session secret (each rotating
 * with its file, the old value accepted during the overlap), and the identity provider when sign-in is
 * configured. Without a session secret, {@code dev} signs sessions with a random secret of this process;
 * {@code prod} refuses to start with sign-in configured but no secret.
 */
final class StaffSetup {
    private static final Logger LOG = LoggerFactory.getLogger(StaffSetup.class);
    private static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(5);
    private static final String CALLBACK = "/desk/callback";

    private StaffSetup() {
    }

    static StaffAccess open(Settings settings, List<AutoCloseable> resources) {
        Settings.Staff staff = settings.staff();
        Settings.Access access = settings.access();
        Rotating<StaffKeys> keys = rotating(staff.staffKeys(), StaffSetup::parseKeys, access, resources);
        boolean signIn = staff.signInConfigured();
        Rotating<WebhookSecret> sessionSecret = rotating(staff.sessionSecret(), WebhookSecret::of, access, resources);
        boolean dev = settings.profile() == Settings.Profile.DEV;
        if (sessionSecret.isEmpty() && signIn) {
            if (!dev) {
                throw new ConfigurationException("HEYSEVEN_STAFF_SESSION_SECRET (or _FILE) is required for staff sign-in in the prod profile");
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            sessionSecret = Rotating.of(WebhookSecret.of(HexFormat.of().formatHex(random)));
            LOG.info("HEYSEVEN_STAFF_SESSION_SECRET is not set: desk sessions are good on this instance only (dev)");
        }
        Optional<OidcSettings> oidc = Optional.empty();
        boolean secureCookies = true;
        if (signIn) {
            URI publicUrl = staff.publicUrl().orElseThrow();
            secureCookies = !"http".equals(publicUrl.getScheme());
            String base = publicUrl.toString().replaceAll("/+$", "");
            oidc = Optional.of(new OidcSettings(staff.oidcIssuer().orElseThrow(), staff.oidcClientId().orElseThrow(),
                    rotating(staff.oidcClientSecret(), Function.identity(), access, resources), URI.create(base + CALLBACK),
                    staff.oidcRolesClaim(), PROVIDER_TIMEOUT));
        } else if (keys.isEmpty()) {
            LOG.info("no staff keys and no identity provider (HEYSEVEN_STAFF_KEYS, HEYSEVEN_OIDC_ISSUER): the desk's routes refuse every call");
        }
        return new StaffAccess(keys, sessionSecret, oidc, secureCookies);
    }

    private static <T> Rotating<T> rotating(Secret secret, Function<String, T> parse, Settings.Access access, List<AutoCloseable> resources) {
        if (!secret.isPresent()) {
            return Rotating.none();
        }
        String inUse = secret.current();
        Rotating<T> rotating = Rotating.of(parse.apply(inUse));
        resources.add(secret.watch(inUse, access.secretRefresh(), next -> rotating.rotateTo(parse.apply(next), access.secretOverlap())));
        return rotating;
    }

    private static StaffKeys parseKeys(String csv) {
        try {
            return StaffKeys.parse(csv);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("HEYSEVEN_STAFF_KEYS is invalid: " + e.getMessage());
        }
    }
}
