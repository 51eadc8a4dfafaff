package ai.heyseven.adapter.http;

import ai.heyseven.ports.consent.ConsentRecord;
import ai.heyseven.ports.sms.CasinoSms;
import ai.heyseven.ports.sms.InboundSms;
import ai.heyseven.ports.sms.SmsInbound;
import java.util.Optional;

/** For servers under test that have no SMS channel: any delivery reaching it is a test failure. */
final class RefusingSms implements SmsInbound, CasinoSms {
    @Override
    public Acceptance accept(InboundSms message) {
        throw new AssertionError("no SMS expected");
    }

    @Override
    public void delivered(DeliveryReport report) {
        throw new AssertionError("no SMS expected");
    }

    @Override
    public long failedDeliveries() {
        return 0;
    }

    @Override
    public Optional<ConsentRecord> optIn(String casinoId, OptIn optIn, String actor) {
        throw new AssertionError("no SMS expected");
    }

    @Override
    public Optional<Outcome> send(String casinoId, String to, String text, String purpose, String actor) {
        throw new AssertionError("no SMS expected");
    }
}
