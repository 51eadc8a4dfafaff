package ai.heyseven.core.concierge;

import ai.heyseven.core.guardrails.Guardrails;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.guest.GuestProfile;
import ai.heyseven.ports.guest.GuestProfileStore;
import ai.heyseven.ports.guest.ProfileField;
import ai.heyseven.ports.guest.ProfileValue;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the agent remembers of an identified guest across conversations: at the start of a turn it
 * reads the guest's profile, saves what the new message tells (a diet, a party size, a name) when
 * it is new, and hands the turn the facts to use. A profile is advice: when its store is down the
 * turn goes on without it, and the failed read or write is logged, never hidden. A value that
 * reads as an instruction is neither kept nor used.
 */
final class GuestMemory {
    private static final Logger LOG = LoggerFactory.getLogger(GuestMemory.class);

    private final Optional<GuestProfileStore> profiles;
    private final Clock clock;

    GuestMemory(Optional<GuestProfileStore> profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * What the profile held before this message and what is known now, by wire name.
     *
     * @param before the facts from earlier conversations: what a new conversation's first reply may greet with
     * @param now those and what this message told
     */
    record Recalled(Map<String, String> before, Map<String, String> now) {
        static final Recalled NOTHING = new Recalled(Map.of(), Map.of());
    }

    /**
     * The guest's facts for this turn; nothing for an anonymous guest, or at a casino that turned
     * remembering off ({@code hosting.remember_guests: false}: nothing is read or kept).
     */
    Recalled recall(ai.heyseven.ports.casino.CasinoConfig casino, String guestId, String message) {
        if (!casino.hosting().rememberGuests() || guestId == null || profiles.isEmpty()) {
            return Recalled.NOTHING;
        }
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> now = recall(casino.id(), guestId, message, before);
        return new Recalled(Map.copyOf(before), now);
    }

    /** The guest's facts for this turn, by wire name ({@code dietary → vegetarian}); empty for an anonymous guest. */
    Map<String, String> recall(String casinoId, String guestId, String message) {
        return recall(casinoId, guestId, message, new LinkedHashMap<>());
    }

    /**
     * Keeps one fact the agent itself established ({@code occasion_offered → 2026-12-07}); a failed
     * write is logged, and the agent may then offer again in a later conversation.
     */
    void keep(String casinoId, String guestId, ProfileField field, String value) {
        if (guestId == null || profiles.isEmpty()) {
            return;
        }
        try {
            profiles.get().merge(casinoId, guestId, Map.of(field, new ProfileValue(value, ProfileValue.Source.GUEST, clock.instant())));
        } catch (BackendException e) {
            LOG.warn("guest profile not saved ({} lost): {}", field, e.getMessage());
        }
    }

    /**
     * Keeps what the model read from the guest's words ({@code occasion → anniversary}) for an
     * identified guest at a casino that remembers guests; a value that reads as an instruction is dropped.
     */
    void keepTold(ai.heyseven.ports.casino.CasinoConfig casino, String guestId, Map<ProfileField, String> told) {
        if (!casino.hosting().rememberGuests() || guestId == null || profiles.isEmpty() || told.isEmpty()) {
            return;
        }
        Map<ProfileField, ProfileValue> values = new EnumMap<>(ProfileField.class);
        told.forEach((field, value) -> {
            if (!value.isBlank() && !Guardrails.standard().readsAsInjection(value)) {
                values.put(field, new ProfileValue(value, ProfileValue.Source.GUEST, clock.instant()));
            }
        });
        try {
            if (!values.isEmpty()) {
                profiles.get().merge(casino.id(), guestId, values);
                LOG.info("remembered {} of a guest of {} (the model's reading)", values.keySet(), casino.id());
            }
        } catch (BackendException e) {
            LOG.warn("guest profile not saved ({} lost for later conversations): {}", values.keySet(), e.getMessage());
        }
    }

    private Map<String, String> recall(String casinoId, String guestId, String message, Map<String, String> before) {
        if (guestId == null || profiles.isEmpty()) {
            return Map.of();
        }
        GuestProfileStore store = profiles.get();
        Map<ProfileField, ProfileValue> known = new EnumMap<>(ProfileField.class);
        try {
            store.find(casinoId, guestId).map(GuestProfile::fields).ifPresent(known::putAll);
        } catch (BackendException e) {
            LOG.warn("guest profile not read, the turn goes on without it: {}", e.getMessage());
        }
        known.forEach((field, value) -> {
            if (!Guardrails.standard().readsAsInjection(value.value())) {
                before.put(field.wireName(), value.value());
            }
        });
        Map<ProfileField, ProfileValue> told = new EnumMap<>(ProfileField.class);
        ProfileFacts.in(message).forEach((field, value) -> {
            if (!Guardrails.standard().readsAsInjection(value)
                    && !Optional.ofNullable(known.get(field)).map(ProfileValue::value).orElse("").equals(value)) {
                told.put(field, new ProfileValue(value, ProfileValue.Source.GUEST, clock.instant()));
            }
        });
        if (!told.isEmpty()) {
            try {
                store.merge(casinoId, guestId, told);
                LOG.info("remembered {} of a guest of {}", told.keySet(), casinoId);
            } catch (BackendException e) {
                LOG.warn("guest profile not saved ({} lost for later conversations): {}", told.keySet(), e.getMessage());
            }
            known.putAll(told);
        }
        Map<String, String> facts = new LinkedHashMap<>();
        known.forEach((field, value) -> {
            if (!Guardrails.standard().readsAsInjection(value.value())) {
                facts.put(field.wireName(), value.value());
            }
        });
        return facts;
    }
}
