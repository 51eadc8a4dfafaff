package ai.heyseven.ports.sms;

import java.time.Instant;
import java.util.List;

/**
 * Casino-started messages waiting for their send time, durably and fleet-wide: each is handed to
 * exactly one caller of {@link #due} once its time has come. Every method answers within the
 * store's own timeout or throws {@link SmsQueueException}.
 */
public interface SmsSchedule {

    /** Keeps {@code message} until its time. */
    void schedule(ScheduledSms message);

    /** Up to {@code max} messages whose time is at or before {@code now}, each removed as it is handed out. */
    List<ScheduledSms> due(Instant now, int max);
}
