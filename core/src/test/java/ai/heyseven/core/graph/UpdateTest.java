package ai.heyseven.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateTest {
    private static final Schema.Builder FIELDS = Schema.builder();
    private static final Key<List<String>> LOG = FIELDS.conversation("log", List.of(), Reducers.append());
    private static final Key<String> NOTE = FIELDS.perTurn("note", "", Reducers.replace());
    private static final Key<Integer> HIGH = FIELDS.conversation("high", 0, Reducers.keepMax());
    private static final Schema SCHEMA = FIELDS.build();

    @Test
    void andLeavesTheOriginalUnchanged() {
        Update original = Update.of(NOTE, "first");
        Update extended = original.and(HIGH, 7).and(LOG, List.of("x"));

        assertNotSame(original, extended);
        GraphState fromOriginal = SCHEMA.initialState().merge(original);
        assertEquals("first", fromOriginal.get(NOTE));
        assertEquals(0, fromOriginal.get(HIGH));
        assertEquals(List.of(), fromOriginal.get(LOG));
    }

    @Test
    void twoUpdatesBuiltFromOneDoNotSeeEachOther() {
        Update shared = Update.of(NOTE, "shared");
        GraphState left = SCHEMA.initialState().merge(shared.and(HIGH, 3));
        GraphState right = SCHEMA.initialState().merge(shared.and(LOG, List.of("right")));

        assertEquals(3, left.get(HIGH));
        assertEquals(List.of(), left.get(LOG));
        assertEquals(0, right.get(HIGH));
        assertEquals(List.of("right"), right.get(LOG));
    }

    @Test
    void noneStaysEmptyAndSharedWhateverIsAddedToIt() {
        Update added = Update.none().and(NOTE, "added");

        assertSame(Update.none(), Update.none());
        assertTrue(Update.none().isEmpty());
        GraphState initial = SCHEMA.initialState();
        assertSame(initial, initial.merge(Update.none()));
        assertEquals("added", initial.merge(added).get(NOTE));
    }

    @Test
    void fieldsAreMergedInTheOrderTheyWereAdded() {
        Update update = Update.of(NOTE, "one").and(LOG, List.of("a")).and(NOTE, "two").and(LOG, List.of("b"));
        GraphState merged = SCHEMA.initialState().merge(update);

        assertEquals("two", merged.get(NOTE));
        assertEquals(List.of("a", "b"), merged.get(LOG));
    }
}
