package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.Problem;
import ai.heyseven.ports.guest.GuestData;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.regex.Pattern;

/**
 * {@code DELETE /v1/casinos/{casino_id}/guests/{guest_id}}: the CCPA erase. 204 once the guest's
 * profile and conversations are gone everywhere (also when there was nothing to erase); 503 with
 * {@code Retry-After} when a store is down — never a 204 over a partial erase; 404 for an unknown
 * casino. The audit trail records the API key's id as the actor.
 */
final class GuestErasureRoute implements Handler {
    /** A casino or guest id, as {@code /v1/chat} takes it. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@+-]{1,128}");

    private final GuestData guests;

    GuestErasureRoute(GuestData guests) {
        this.guests = guests;
    }

    @Override
    public void handle(Context ctx) {
        String casinoId = ctx.pathParam("casino_id");
        String guestId = ctx.pathParam("guest_id");
        RequestLog.casino(casinoId);
        if (!ID.matcher(casinoId).matches() || !ID.matcher(guestId).matches()) {
            throw HttpProblem.badRequest("casino_id and guest_id must be 1 to 128 letters, digits or . _ : @ + -");
        }
        ApiKeys.Scope scope = Authentication.scope(ctx);
        if (!scope.allows(casinoId)) {
            throw HttpProblem.forbidden("this API key is scoped to another casino");
        }
        if (guests.erase(casinoId, guestId, "api-key:" + scope.keyId()).isEmpty()) {
            throw HttpProblem.of(Problem.of("unknown-casino", "Unknown casino", 404, "no casino '" + casinoId + "' is configured"));
        }
        ctx.status(204);
    }
}
