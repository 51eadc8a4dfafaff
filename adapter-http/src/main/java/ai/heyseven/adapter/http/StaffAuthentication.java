package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.StaffMember;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;

/**
 * Checks the credential of a staff route ({@link Access#STAFF}) and remembers the member for the
 * handler: a staff key in {@code X-API-Key}, or the desk's session cookie. A guest's API key or a
 * chat page's token is a valid credential for something else, so it is refused with 403; no
 * credential, or one that is not valid, is 401. A change sent with the cookie must also carry
 * {@code X-Desk: 1}, which a page of another site cannot add without the server's consent (CSRF).
 */
final class StaffAuthentication {
    static final String CSRF_HEADER = "X-Desk";
    private static final String ATTRIBUTE = "heyseven.staff";
    private static final String BEARER = "Bearer ";

    private final Rotating<StaffKeys> staffKeys;
    private final Rotating<ApiKeys> guestKeys;
    private final PageTokens pageTokens;
    private final StaffSessions sessions;

    StaffAuthentication(Rotating<StaffKeys> staffKeys, Rotating<ApiKeys> guestKeys, PageTokens pageTokens, StaffSessions sessions) {
        this.staffKeys = staffKeys;
        this.guestKeys = guestKeys;
        this.pageTokens = pageTokens;
        this.sessions = sessions;
    }

    void check(Context ctx) {
        ctx.attribute(ATTRIBUTE, authenticate(ctx));
    }

    private StaffMember authenticate(Context ctx) {
        String key = ctx.header(Authentication.HEADER);
        if (key != null && !key.isEmpty()) {
            Optional<StaffMember> member = staffKeys.valid().stream().map(keys -> keys.authenticate(key)).flatMap(Optional::stream).findFirst();
            if (member.isPresent()) {
                return member.get();
            }
            if (guestKeys.valid().stream().anyMatch(keys -> keys.authenticate(key).isPresent())) {
                throw HttpProblem.forbidden("a guest API key does not open a staff route; use a staff key or sign in at /desk");
            }
            throw HttpProblem.unauthorized("the staff key is not valid");
        }
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.startsWith(BEARER)) {
            if (pageTokens.enabled() && pageTokens.verify(authorization.substring(BEARER.length()).strip(), ctx.header("Origin")).isPresent()) {
                throw HttpProblem.forbidden("a chat page's token does not open a staff route");
            }
            throw HttpProblem.unauthorized("send a staff key in X-API-Key, or sign in at /desk");
        }
        if (sessions.present(ctx)) {
            StaffMember member = sessions.member(ctx).orElseThrow(
                    () -> HttpProblem.unauthorized("the desk session is not valid or has expired; sign in again at /desk"));
            if (ctx.method() != HandlerType.GET && !"1".equals(ctx.header(CSRF_HEADER))) {
                throw HttpProblem.forbidden("a change made with the desk's session must carry the header " + CSRF_HEADER + ": 1");
            }
            return member;
        }
        throw HttpProblem.unauthorized("send a staff key in X-API-Key, or sign in at /desk");
    }

    static StaffMember member(Context ctx) {
        StaffMember member = ctx.attribute(ATTRIBUTE);
        if (member == null) {
            throw new IllegalStateException("route " + ctx.path() + " was reached without a staff credential");
        }
        return member;
    }
}
