package ai.heyseven.core.concierge;

import static ai.heyseven.core.concierge.ConciergeState.HOSTED;

import ai.heyseven.core.graph.Update;
import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.guest.ProfileField;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one natural question a turn may end with: the first field, among those that matter for what
 * the guest asked about, that the agent neither knows nor has asked in this conversation.
 */
final class ProfileQuestions {
    private static final Map<Intent, List<ProfileField>> WORTH_ASKING = Map.of(
            Intent.DINING, List.of(ProfileField.PARTY_SIZE, ProfileField.OCCASION, ProfileField.DINING_PREFERENCES),
            Intent.ENTERTAINMENT, List.of(ProfileField.ENTERTAINMENT_PREFERENCES, ProfileField.PARTY_SIZE),
            Intent.HOTEL, List.of(ProfileField.VISIT_PURPOSE, ProfileField.OCCASION),
            Intent.AMENITIES, List.of(ProfileField.VISIT_PURPOSE),
            Intent.GENERAL, List.of(ProfileField.VISIT_PURPOSE));

    private ProfileQuestions() {
    }

    static Optional<HostTouches.Touch> next(Intent intent, Map<String, String> facts, Map<String, String> hosted, GuestLanguage language) {
        List<String> asked = List.of(hosted.getOrDefault("asked", "").split(" "));
        if (asked.size() >= 3) {
            return Optional.empty(); // a conversation, not a questionnaire
        }
        return WORTH_ASKING.getOrDefault(intent, List.of()).stream()
                .filter(field -> !facts.containsKey(field.wireName()) && !asked.contains(field.wireName()))
                .filter(field -> field != ProfileField.VISIT_PURPOSE || !facts.containsKey(ProfileField.OCCASION.wireName()))
                .findFirst()
                .map(field -> new HostTouches.Touch(HostPhrases.question(field, language),
                        Update.of(HOSTED, Map.of("asked", (String.join(" ", asked) + " " + field.wireName()).strip()))));
    }
}
