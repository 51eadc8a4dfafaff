package ai.heyseven.core.sms;

import ai.heyseven.ports.sms.CasinoSms;
import ai.heyseven.ports.sms.SmsInbound;
import java.util.Optional;

/**
 * The SMS channel as built: the webhook's intake, the operator's messages, and the worker that
 * answers (only when a carrier sends). Closing it stops the worker.
 */
public record SmsLine(SmsInbound inbound, CasinoSms casinoSms, Optional<SmsWorker> worker) implements AutoCloseable {

    /** The same line, with the operator's messages seen through {@code wrap}. */
    public SmsLine casinoSms(java.util.function.UnaryOperator<CasinoSms> wrap) {
        return new SmsLine(inbound, wrap.apply(casinoSms), worker);
    }

    @Override
    public void close() {
        worker.ifPresent(SmsWorker::close);
    }
}
