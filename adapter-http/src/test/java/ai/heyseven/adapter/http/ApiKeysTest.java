package ai.heyseven.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeysTest {
    private final ApiKeys keys = ApiKeys.parse(" fleet-key-1 , harbor-key-1@harbor-lights,fleet-key-2");

    @Test
    void acceptsEveryConfiguredKeySoOneCanBeRotated() {
        assertTrue(keys.authenticate("fleet-key-1").orElseThrow().allows("aurora-palms"));
        assertTrue(keys.authenticate("fleet-key-2").orElseThrow().allows("harbor-lights"));
    }

    @Test
    void scopesAKeyToItsCasino() {
        ApiKeys.Scope scope = keys.authenticate("harbor-key-1").orElseThrow();
        assertTrue(scope.allows("harbor-lights"));
        assertEquals(false, scope.allows("aurora-palms"));
    }

    @Test
    void refusesUnknownAndEmptyKeys() {
        assertTrue(keys.authenticate("fleet-key-3").isEmpty());
        assertTrue(keys.authenticate("").isEmpty());
        assertTrue(keys.authenticate("harbor-key-1@harbor-lights").isEmpty());
    }

    @Test
    void refusesShortKeysAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse("abc"));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse(" , "));
    }
}
