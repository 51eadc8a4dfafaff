package ai.heyseven.core.sms;

import ai.heyseven.ports.consent.ConsentEvent;
import ai.heyseven.ports.consent.ConsentRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a number stands, read from its consent chain: the purposes it opted in to, and whether its
 * latest STOP came after its latest START. A START restores the opt-ins a STOP suspended; a STOP
 * suspends all of them.
 */
record ConsentState(Set<String> optedIn, boolean optedOut) {

    static ConsentState of(List<ConsentRecord> chain) {
        Set<String> purposes = new HashSet<>();
        boolean out = false;
        for (ConsentRecord record : chain) {
            ConsentEvent event = record.event();
            switch (event.kind()) {
                case OPT_IN -> {
                    purposes.add(event.purpose());
                    out = false;
                }
                case STOP -> out = true;
                case START -> out = false;
                case HELP -> { }
            }
        }
        return new ConsentState(Set.copyOf(purposes), out);
    }

    /** Whether a message the casino starts for {@code purpose} may go to this number. */
    boolean allows(String purpose) {
        return !optedOut && optedIn.contains(purpose);
    }
}
