package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.guest.GuestProfile;
import ai.heyseven.ports.guest.GuestProfileStore;
import ai.heyseven.ports.guest.ProfileField;
import ai.heyseven.ports.guest.ProfileValue;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** What every {@link GuestProfileStore} promises; each adapter's test extends this class. */
public abstract class GuestProfileStoreContract {
    /** Millisecond times: every store keeps at least those. */
    private static final Instant MONDAY = Instant.parse("2026-11-23T18:00:00.123Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T19:30:00.456Z");

    protected abstract GuestProfileStore store();

    private static String guest() {
        return "g-" + UUID.randomUUID();
    }

    private static ProfileValue said(String value, Instant at) {
        return new ProfileValue(value, ProfileValue.Source.GUEST, at);
    }

    @Test
    void knowsNothingOfAnUnknownGuest() {
        assertTrue(store().find("aurora-palms", guest()).isEmpty());
    }

    @Test
    void keepsEachFieldWithItsSourceAndTime() {
        GuestProfileStore store = store();
        String guest = guest();
        Map<ProfileField, ProfileValue> fields = Map.of(
                ProfileField.DIETARY, said("vegetarian", MONDAY),
                ProfileField.NAME, new ProfileValue("Ana Lima", ProfileValue.Source.CRM, TUESDAY),
                ProfileField.FAVOURITE_SHOWS, said("Mirage Nights; “Über” Jazz 寿司", MONDAY));
        store.merge("aurora-palms", guest, fields);
        assertEquals(new GuestProfile("aurora-palms", guest, fields), store.find("aurora-palms", guest).orElseThrow());
    }

    @Test
    void keepsEveryFieldOfTheVisitProfileAndAnEraseTakesThemAll() {
        GuestProfileStore store = store();
        String guest = guest();
        Map<ProfileField, ProfileValue> visit = new java.util.EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            visit.put(field, said(field.wireName() + " value", MONDAY));
        }
        visit.put(ProfileField.OCCASION, said("wife's 40th birthday", MONDAY));
        store.merge("aurora-palms", guest, visit);
        assertEquals(new GuestProfile("aurora-palms", guest, visit), store.find("aurora-palms", guest).orElseThrow());
        assertTrue(store.erase("aurora-palms", guest));
        assertTrue(store.find("aurora-palms", guest).isEmpty());
    }

    @Test
    void aMergeChangesOnlyTheFieldsItNames() {
        GuestProfileStore store = store();
        String guest = guest();
        store.merge("aurora-palms", guest, Map.of(ProfileField.DIETARY, said("vegetarian", MONDAY),
                ProfileField.PARTY_SIZE, said("4", MONDAY)));
        store.merge("aurora-palms", guest, Map.of(ProfileField.PARTY_SIZE, said("6", TUESDAY)));
        GuestProfile profile = store.find("aurora-palms", guest).orElseThrow();
        assertEquals("vegetarian", profile.get(ProfileField.DIETARY).orElseThrow().value());
        assertEquals(said("6", TUESDAY), profile.get(ProfileField.PARTY_SIZE).orElseThrow());
    }

    @Test
    void twoWritersOfDifferentFieldsAtOnceBothKeepTheirs() throws Exception {
        GuestProfileStore store = store();
        String guest = guest();
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> {
            await(together);
            store.merge("aurora-palms", guest, Map.of(ProfileField.DIETARY, said("vegan", MONDAY)));
        });
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> {
            await(together);
            store.merge("aurora-palms", guest, Map.of(ProfileField.LANGUAGE, said("es", TUESDAY)));
        });
        CompletableFuture.allOf(one, two).get();
        GuestProfile profile = store.find("aurora-palms", guest).orElseThrow();
        assertEquals("vegan", profile.get(ProfileField.DIETARY).orElseThrow().value());
        assertEquals("es", profile.get(ProfileField.LANGUAGE).orElseThrow().value());
    }

    @Test
    void eraseRemovesTheProfileOnlyThereAndIsIdempotent() {
        GuestProfileStore store = store();
        String guest = guest();
        String other = guest();
        store.merge("aurora-palms", guest, Map.of(ProfileField.NAME, said("Ana", MONDAY)));
        store.merge("harbor-lights", guest, Map.of(ProfileField.NAME, said("Ana", MONDAY)));
        store.merge("aurora-palms", other, Map.of(ProfileField.NAME, said("Bo", MONDAY)));
        assertTrue(store.erase("aurora-palms", guest));
        assertTrue(store.find("aurora-palms", guest).isEmpty());
        assertTrue(store.find("harbor-lights", guest).isPresent(), "another casino's guest of that id stays");
        assertTrue(store.find("aurora-palms", other).isPresent());
        assertFalse(store.erase("aurora-palms", guest));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
