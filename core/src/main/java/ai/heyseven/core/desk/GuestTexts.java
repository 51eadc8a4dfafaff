package ai.heyseven.core.desk;

/** Where a host's reply to an SMS guest goes: the SMS channel, which keeps the consent rules. */
public interface GuestTexts {

    /** No SMS channel: a host cannot text a guest. */
    GuestTexts NONE = new GuestTexts() {
        @Override
        public void requireAllowed(String casinoId, String to) {
            throw new ai.heyseven.ports.sms.CasinoSms.NotAllowedException("the SMS channel is off: the host's reply cannot be texted");
        }

        @Override
        public void send(String casinoId, String to, String text, String key) {
            requireAllowed(casinoId, to);
        }
    };

    /**
     * Checks that {@code to} may be texted now, before a reply is written down.
     *
     * @throws ai.heyseven.ports.sms.CasinoSms.NotAllowedException when it may not (opted out, do-not-contact, SMS off)
     */
    void requireAllowed(String casinoId, String to);

    /**
     * Sends {@code text} to {@code to} once, checking the consent again: a second call with the same {@code key} sends nothing.
     *
     * @throws ai.heyseven.ports.sms.CasinoSms.NotAllowedException when the number may not be texted (opted out, do-not-contact)
     * @throws ai.heyseven.ports.BackendException when the carrier or the outbox failed
     */
    void send(String casinoId, String to, String text, String key);
}
