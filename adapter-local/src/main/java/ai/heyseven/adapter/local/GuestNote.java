package ai.heyseven.adapter.local;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import java.util.Map;

/**
 * How the offline model uses what is known of the guest, as a host would: a dining answer for a
 * guest whose occasion or party size is known opens with it ("For your anniversary dinner for
 * two, here's…"). The facts arrive in the request by profile wire name.
 */
final class GuestNote {
    private static final String[] EN_NUMBERS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

    private GuestNote() {
    }

    /** The words before a dining answer, or nothing when nothing known fits. */
    static String before(Intent topic, Map<String, String> guest, GuestLanguage language) {
        if (topic != Intent.DINING) {
            return "";
        }
        String occasion = guest.getOrDefault("occasion", "");
        int party = party(guest.getOrDefault("party_size", ""));
        if (occasion.isEmpty() && party == 0) {
            return "";
        }
        if (language != GuestLanguage.EN) {
            return ""; // a number the items do not hold would read as an unsupported fact to the grounding check
        }
        return "For your " + (occasion.isEmpty() ? "" : occasion + " ") + "dinner"
                + (party == 0 || party >= EN_NUMBERS.length ? "" : " for " + EN_NUMBERS[party]) + ", ";
    }

    /** The party size when it is a number from 1 to 30, else 0; read without an exception, as most guests have none. */
    private static int party(String size) {
        if (size.isEmpty() || size.length() > 2 || !size.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        int party = Integer.parseInt(size);
        return party <= 30 ? party : 0;
    }
}
