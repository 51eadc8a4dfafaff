package ai.heyseven.adapter.local;

import ai.heyseven.ports.sms.SendQuota;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Daily counts in this process's memory, for {@code dev}: one count per casino, reset when the day changes. */
public final class InMemorySendQuota implements SendQuota {
    private final Map<String, Map.Entry<LocalDate, Long>> counts = new HashMap<>();

    @Override
    public synchronized boolean take(String casinoId, LocalDate day, long cap) {
        Map.Entry<LocalDate, Long> current = counts.get(casinoId);
        long count = current != null && current.getKey().equals(day) ? current.getValue() + 1 : 1;
        counts.put(casinoId, Map.entry(day, count));
        return count <= cap;
    }
}
