package ai.heyseven.core.desk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The number of each SMS conversation this instance answered lately, in memory only and bounded: the
 * SMS worker names it before the turn, so a case that turn opens knows where a host's reply goes.
 * Never logged, never stored but on the case.
 */
public final class SmsNumbers {
    static final int MAX_THREADS = 10_000;

    private final Map<String, String> byThread = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_THREADS;
        }
    };

    /** Remembers that {@code threadId} is the conversation with {@code phone} (E.164). */
    public synchronized void remember(String threadId, String phone) {
        byThread.put(threadId, phone);
    }

    synchronized Optional<String> of(String threadId) {
        return Optional.ofNullable(byThread.get(threadId));
    }
}
