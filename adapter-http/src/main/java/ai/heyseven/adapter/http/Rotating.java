package ai.heyseven.adapter.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A credential that rotates without a restart: the newest value, and for a while the ones it
 * replaced, so that callers still holding an old key or secret are accepted during the overlap and
 * refused after it. Reads take no lock.
 *
 * @param <T> the credential ({@link ApiKeys}, {@link WebhookSecret}, {@link TelnyxSignature})
 */
public final class Rotating<T> {
    private final LongSupplier nanoTime;
    private volatile List<Entry<T>> entries;

    private Rotating(List<Entry<T>> entries, LongSupplier nanoTime) {
        this.entries = entries;
        this.nanoTime = nanoTime;
    }

    /** A credential that is {@code value} until rotated. */
    public static <T> Rotating<T> of(T value) {
        return of(value, System::nanoTime);
    }

    static <T> Rotating<T> of(T value, LongSupplier nanoTime) {
        return new Rotating<>(List.of(new Entry<>(Objects.requireNonNull(value, "value"), Long.MAX_VALUE)), nanoTime);
    }

    /** No credential: whatever needs it refuses every call. */
    public static <T> Rotating<T> none() {
        return new Rotating<>(List.of(), System::nanoTime);
    }

    /** No credential when {@code value} is null, else {@link #of}. */
    public static <T> Rotating<T> ofNullable(T value) {
        return value == null ? none() : of(value);
    }

    /** From now on {@code next} is valid; the values before it stay valid for {@code overlap}, then not. */
    public synchronized void rotateTo(T next, Duration overlap) {
        long now = nanoTime.getAsLong();
        long until = now + overlap.toNanos();
        List<Entry<T>> rotated = new ArrayList<>();
        rotated.add(new Entry<>(Objects.requireNonNull(next, "next"), Long.MAX_VALUE));
        for (Entry<T> entry : entries) {
            if (entry.validUntil() - now > 0) {
                rotated.add(new Entry<>(entry.value(), Math.min(entry.validUntil(), until)));
            }
        }
        entries = List.copyOf(rotated);
    }

    /** The values valid now, newest first; empty when there is no credential. */
    public List<T> valid() {
        List<Entry<T>> current = entries;
        if (current.size() == 1) {
            return List.of(current.get(0).value());
        }
        long now = nanoTime.getAsLong();
        return current.stream().filter(entry -> entry.validUntil() - now > 0).map(Entry::value).toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private record Entry<T>(T value, long validUntil) { }
}
