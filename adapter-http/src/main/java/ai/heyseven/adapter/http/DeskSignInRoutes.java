package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.StaffMember;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff sign-in: {@code GET /desk/login} sends the browser to the identity provider,
 * {@code GET /desk/callback} finishes the sign-in and sets the session cookie, {@code POST
 * /desk/logout} clears it, and {@code GET /v1/staff/me} says who is signed in (401 when no one is,
 * which the desk page reads as "show the sign-in button").
 */
final class DeskSignInRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(DeskSignInRoutes.class);
    static final String PENDING_COOKIE = "heyseven_desk_login";
    private static final String DESK = "/desk";

    private final Optional<OidcSignIn> oidc;
    private final SignedValue signer;
    private final StaffSessions sessions;
    private final boolean secureCookies;
    private final Clock clock;

    DeskSignInRoutes(Optional<OidcSignIn> oidc, SignedValue signer, StaffSessions sessions, boolean secureCookies, Clock clock) {
        this.oidc = oidc;
        this.signer = signer;
        this.sessions = sessions;
        this.secureCookies = secureCookies;
        this.clock = clock;
    }

    void login(Context ctx) {
        OidcSignIn signIn = signIn();
        OidcSignIn.Started started = signIn.start();
        ctx.cookie(pendingCookie(signer.sign(started.pending().toJson()), (int) PendingLogin.LIFETIME.toSeconds()));
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(started.authorization().toString(), HttpStatus.FOUND);
    }

    void callback(Context ctx) {
        OidcSignIn signIn = signIn();
        PendingLogin pending = signer.verify(ctx.cookie(PENDING_COOKIE))
                .flatMap(json -> PendingLogin.fromJson(json, clock.instant()))
                .orElseThrow(() -> HttpProblem.badRequest("no sign-in was started in this browser, or it took too long; sign in again"));
        StaffMember member = signIn.finish(ctx.queryParamMap(), pending);
        sessions.open(ctx, member);
        ctx.cookie(pendingCookie("", 0));
        LOG.info("staff {} signed in at the desk", member.id());
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(DESK, HttpStatus.FOUND);
    }

    void logout(Context ctx) {
        sessions.close(ctx);
        ctx.status(204);
    }

    void me(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(Json.write(StaffJson.member(StaffAuthentication.member(ctx))));
    }

    private OidcSignIn signIn() {
        return oidc.orElseThrow(() -> HttpProblem.notFound("sign-in-off",
                "this server has no identity provider (HEYSEVEN_OIDC_ISSUER): staff use staff keys"));
    }

    /** Lax, not Strict: the provider's redirect back is a navigation from another site, which must still carry it. */
    private Cookie pendingCookie(String value, int maxAge) {
        Cookie cookie = new Cookie(PENDING_COOKIE, value, DESK, maxAge, secureCookies);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.LAX);
        return cookie;
    }
}
