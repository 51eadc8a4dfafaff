package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.StaffMember;
import ai.heyseven.ports.desk.StaffRole;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The desk's session: a signed, expiring cookie {@code heyseven_staff} holding the member (id, name,
 * roles) — stateless, so every instance of a fleet accepts it, and a restart signs no one out.
 * HttpOnly, SameSite=Strict, and Secure unless the server runs over plain http in development.
 */
final class StaffSessions {
    static final String COOKIE = "heyseven_staff";
    static final Duration LIFETIME = Duration.ofHours(8);

    private final SignedValue signer;
    private final boolean secure;
    private final Clock clock;

    StaffSessions(SignedValue signer, boolean secure, Clock clock) {
        this.signer = signer;
        this.secure = secure;
        this.clock = clock;
    }

    /** Signs {@code member} in on this browser until the session's lifetime is over. */
    void open(Context ctx, StaffMember member) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", member.id());
        payload.put("name", member.name());
        payload.put("roles", StaffJson.roles(member));
        payload.put("exp", clock.instant().plus(LIFETIME).getEpochSecond());
        ctx.cookie(cookie(COOKIE, signer.sign(Json.write(payload)), (int) LIFETIME.toSeconds()));
    }

    void close(Context ctx) {
        ctx.cookie(cookie(COOKIE, "", 0));
    }

    /** The member of a genuine, unexpired session cookie; empty when there is none. */
    Optional<StaffMember> member(Context ctx) {
        return signer.verify(ctx.cookie(COOKIE)).flatMap(this::parse);
    }

    boolean present(Context ctx) {
        return ctx.cookie(COOKIE) != null;
    }

    /** A cookie as the desk sets them: HttpOnly, SameSite=Strict, Secure over https, for the whole server. */
    Cookie cookie(String name, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(name, value, "/", maxAgeSeconds, secure);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        return cookie;
    }

    private Optional<StaffMember> parse(String payload) {
        try {
            JsonNode root = Json.MAPPER.readTree(payload);
            if (Instant.ofEpochSecond(root.path("exp").asLong(0)).isBefore(clock.instant())) {
                return Optional.empty();
            }
            Map<String, Set<StaffRole>> roles = new LinkedHashMap<>();
            root.path("roles").properties().forEach(casino -> {
                Set<StaffRole> held = EnumSet.noneOf(StaffRole.class);
                casino.getValue().forEach(role -> StaffRole.ofWireName(role.asText()).ifPresent(held::add));
                roles.put(casino.getKey(), held);
            });
            return Optional.of(new StaffMember(root.path("id").asText(), root.path("name").asText(), roles));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
