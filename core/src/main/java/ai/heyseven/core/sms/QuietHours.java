package ai.heyseven.core.sms;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a message the casino starts may reach a guest: from 08:00 until 21:00 in the guest's local
 * time (TCPA, 47 CFR § 64.1200(c)(1); several states are stricter, none earlier). A number whose
 * area spans time zones gets the narrowest window: a moment is allowed only if it is inside the
 * window in every one of them. A number with no known zone is judged in the casino's zone.
 */
final class QuietHours {
    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(21, 0);

    private QuietHours() {
    }

    /** Whether {@code moment} is inside the window in every zone. */
    public static boolean allowed(Instant moment, List<ZoneId> zones) {
        return zones.stream().allMatch(zone -> {
            LocalTime local = moment.atZone(zone).toLocalTime();
            return !local.isBefore(OPENS) && local.isBefore(CLOSES);
        });
    }

    /**
     * {@code now} when it is allowed, else the first moment after it that is — the next 08:00 in one
     * of the zones at which every other zone is inside its window too.
     *
     * @throws IllegalArgumentException when {@code zones} is empty or no moment in the next three
     *     days is allowed (zones more than thirteen hours apart)
     */
    public static Instant nextAllowed(Instant now, List<ZoneId> zones) {
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("a number needs at least one time zone");
        }
        if (allowed(now, zones)) {
            return now;
        }
        Optional<Instant> next = zones.stream()
                .flatMap(zone -> java.util.stream.IntStream.rangeClosed(0, 3).mapToObj(day -> {
                    ZonedDateTime local = now.atZone(zone).toLocalDate().plusDays(day).atTime(OPENS).atZone(zone);
                    return local.toInstant();
                }))
                .filter(candidate -> candidate.isAfter(now) && allowed(candidate, zones))
                .min(Comparator.naturalOrder());
        return next.orElseThrow(() -> new IllegalArgumentException("no moment is inside the window in every zone of " + zones));
    }
}
