package ai.heyseven.core.sms;

import ai.heyseven.ports.consent.ConsentEvent;
import ai.heyseven.ports.consent.ConsentRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a number stands, read from its consent chain: the purposes it opted in to, whether its
 * latest STOP came after its latest START, and whether it was ever excluded from marketing. A START
 * restores the opt-ins a STOP suspended; a STOP suspends all of them; nothing lifts an exclusion.
 */
record ConsentState(Set<String> optedIn, boolean optedOut, boolean excluded) {

    static ConsentState of(List<ConsentRecord> chain) {
        Set<String> purposes = new HashSet<>();
        boolean out = false;
        boolean excluded = false;
        for (ConsentRecord record : chain) {
            ConsentEvent event = record.event();
            switch (event.kind()) {
                case OPT_IN -> {
                    purposes.add(event.purpose());
                    out = false;
                }
                case STOP -> out = true;
                case START -> out = false;
                case EXCLUDE -> excluded = true;
                case HELP -> { }
            }
        }
        return new ConsentState(Set.copyOf(purposes), out, excluded);
    }

    /** Whether a message the casino starts for {@code purpose} may go to this number. */
    boolean allows(String purpose) {
        return !optedOut && optedIn.contains(purpose) && !(excluded && purpose.equals("marketing"));
    }
}
