package ai.heyseven.ports.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.ports.concierge.GuestLanguage;
import ai.heyseven.ports.concierge.Intent;
import ai.heyseven.ports.knowledge.ItemTranslation;
import ai.heyseven.ports.knowledge.KnowledgeItem;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.knowledge.WeeklyHours;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link KnowledgeStore} promises; each adapter's test extends this class. */
public abstract class KnowledgeStoreContract {
    private static final Instant NINE = Instant.parse("2026-11-24T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-11-24T10:00:00Z");

    protected abstract KnowledgeStore store();

    @Test
    void storesAnItemAndMovesTheVersionStamp() {
        KnowledgeStore store = store();
        String casino = casino();
        long before = store.version(casino);
        assertTrue(store.upsert(item(casino, "kaze", "17:00-23:00"), Optional.empty()));
        assertNotEquals(before, store.version(casino));
        assertEquals(List.of(item(casino, "kaze", "17:00-23:00")), store.items(casino));
    }

    @Test
    void keepsAnItemsTranslationsFieldByField() {
        KnowledgeStore store = store();
        String casino = casino();
        KnowledgeItem translated = item(casino, "kaze", "10:00-24:00").withTranslations(Map.of(
                GuestLanguage.ES, new ItemTranslation("", "Barra omakase — \"fresco\"\ncada noche", "Nivel 2"),
                GuestLanguage.ZH, new ItemTranslation("风寿司", "", "")));
        store.upsert(translated, Optional.empty());
        List<KnowledgeItem> stored = store.items(casino);
        assertEquals(List.of(translated), stored);
        assertEquals("Barra omakase — \"fresco\"\ncada noche", stored.get(0).description(GuestLanguage.ES));
        assertEquals("Omakase — 寿司 \"fresh\"\nnightly", stored.get(0).description(GuestLanguage.ZH));
        assertEquals("风寿司", stored.get(0).name(GuestLanguage.ZH));
    }

    @Test
    void replacesAnItemByItsIdAndKeepsOtherCasinosApart() {
        KnowledgeStore store = store();
        String casino = casino();
        String other = casino();
        store.upsert(item(casino, "kaze", "17:00-23:00"), Optional.empty());
        store.upsert(item(other, "kaze", "12:00-14:00"), Optional.empty());
        long before = store.version(casino);
        store.upsert(item(casino, "kaze", "17:00-01:00"), Optional.empty());
        assertEquals(List.of(item(casino, "kaze", "17:00-01:00")), store.items(casino));
        assertEquals(List.of(item(other, "kaze", "12:00-14:00")), store.items(other));
        assertNotEquals(before, store.version(casino));
    }

    @Test
    void keepsTheNewerOfTwoUpdatesWhicheverArrivesFirst() {
        KnowledgeStore store = store();
        String casino = casino();
        assertTrue(store.upsert(item(casino, "kaze", "17:00-01:00"), Optional.of(TEN)));
        long version = store.version(casino);
        assertFalse(store.upsert(item(casino, "kaze", "17:00-23:00"), Optional.of(NINE)));
        assertEquals(List.of(item(casino, "kaze", "17:00-01:00")), store.items(casino));
        assertEquals(version, store.version(casino));
        assertTrue(store.upsert(item(casino, "kaze", "18:00-01:00"), Optional.of(TEN)), "an equal stamp is not older");
    }

    @Test
    void deletesAnItemOnceAndSaysWhetherItWasThere() {
        KnowledgeStore store = store();
        String casino = casino();
        store.upsert(item(casino, "kaze", "17:00-23:00"), Optional.empty());
        store.upsert(item(casino, "spa", "09:00-19:00"), Optional.empty());
        long before = store.version(casino);
        assertTrue(store.delete(casino, "kaze"));
        assertNotEquals(before, store.version(casino));
        assertEquals(List.of("spa"), store.items(casino).stream().map(KnowledgeItem::id).toList());
        assertFalse(store.delete(casino, "kaze"));
    }

    @Test
    void anUnknownCasinoHasNoItems() {
        assertEquals(List.of(), store().items(casino()));
    }

    /** A casino id no other test uses, so adapters sharing a server need no clean-up between tests. */
    private static String casino() {
        return "casino-" + UUID.randomUUID();
    }

    static KnowledgeItem item(String casino, String id, String hours) {
        return new KnowledgeItem(id, casino, Intent.DINING, "Kaze Sushi & Robata", "Omakase — 寿司 \"fresh\"\nnightly",
                "Level 2", WeeklyHours.parse(Map.of("fri", hours)), "$$$", List.of("sushi", "japanese"));
    }
}
