package ai.heyseven.ports.desk;

import java.util.List;
import java.util.Objects;

/**
 * What a host reads before taking a case over.
 *
 * @param wants what the guest wants, in a sentence
 * @param profile facts the guest's profile holds ("party: 2", "occasion: anniversary")
 * @param riskFlags what makes the case sensitive ("responsible gaming", "crisis", "minor")
 * @param guestSaid the guest's own (redacted) words that matter, quoted
 * @param inferred what the agent concluded rather than heard, each marked as such
 * @param nextStep the suggested next step for the host
 * @param writtenBy {@code model} when the configured model wrote it, {@code extractive} otherwise
 */
public record Briefing(String wants, List<String> profile, List<String> riskFlags, List<String> guestSaid, List<String> inferred,
        String nextStep, String writtenBy) {

    public Briefing {
        Objects.requireNonNull(wants, "wants");
        profile = List.copyOf(profile);
        riskFlags = List.copyOf(riskFlags);
        guestSaid = List.copyOf(guestSaid);
        inferred = List.copyOf(inferred);
        Objects.requireNonNull(nextStep, "nextStep");
        Objects.requireNonNull(writtenBy, "writtenBy");
    }
}
