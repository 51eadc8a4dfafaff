package ai.heyseven.ports.sms;

import java.time.LocalDate;

/** A per-casino daily count of messages the casino starts, fleet-wide when shared. */
public interface SendQuota {

    /**
     * Counts one message of {@code casinoId} on {@code day}.
     *
     * @return whether it is within {@code cap} for that day (a refused one counts too)
     * @throws SmsQueueException when the store cannot answer
     */
    boolean take(String casinoId, LocalDate day, long cap);
}
