package ai.heyseven.ports.desk;

import java.util.Locale;

/** Where the guest talks to us, and so where a host's reply goes. */
public enum GuestChannel {
    WEB,
    SMS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
