package ai.heyseven.core.sms;

import ai.heyseven.ports.sms.CasinoSms;
import ai.heyseven.ports.sms.SmsInbound;
import java.util.function.UnaryOperator;

/**
 * The SMS channel as built: the webhook's intake, the operator's messages, and the worker that
 * answers (when a carrier sends; otherwise nothing to stop). Closing it stops the worker.
 */
public record SmsLine(SmsInbound inbound, CasinoSms casinoSms, Runnable stopWorker) implements AutoCloseable {

    /** The same line, with the operator's messages seen through {@code wrap}. */
    public SmsLine withCasinoSms(UnaryOperator<CasinoSms> wrap) {
        return new SmsLine(inbound, wrap.apply(casinoSms), stopWorker);
    }

    @Override
    public void close() {
        stopWorker.run();
    }
}
