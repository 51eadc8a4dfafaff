package ai.heyseven.adapter.http;

import ai.heyseven.ports.sms.InboundSms;
import ai.heyseven.ports.sms.SmsInbound;

/** For servers under test that have no SMS channel: any delivery reaching it is a test failure. */
final class RefusingSms implements SmsInbound {
    @Override
    public Acceptance accept(InboundSms message) {
        throw new AssertionError("no SMS expected");
    }

    @Override
    public void delivered(DeliveryReport report) {
        throw new AssertionError("no SMS expected");
    }
}
