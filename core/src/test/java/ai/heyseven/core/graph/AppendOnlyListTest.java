package ai.heyseven.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AppendOnlyListTest {

    @Test
    void everyVersionKeepsItsOwnElements() {
        AppendOnlyList<String> one = AppendOnlyList.of(List.of("a"));
        AppendOnlyList<String> two = one.plusAll(List.of("b"));
        AppendOnlyList<String> fork = one.plusAll(List.of("x"));
        assertEquals(List.of("a"), one);
        assertEquals(List.of("a", "b"), two);
        assertEquals(List.of("a", "x"), fork);
        assertEquals(List.of("a", "b", "c"), two.plusAll(List.of("c")));
    }

    @Test
    void growsPastItsFirstCapacity() {
        AppendOnlyList<Integer> list = AppendOnlyList.of(List.of());
        for (int i = 0; i < 1_000; i++) {
            list = list.plusAll(List.of(i));
        }
        assertEquals(IntStream.range(0, 1_000).boxed().toList(), list);
    }

    @Test
    void concurrentAppendsToOneVersionNeverSeeEachOther() {
        AppendOnlyList<String> base = AppendOnlyList.of(List.of("base"));
        List<List<String>> results = new CopyOnWriteArrayList<>();
        IntStream.range(0, 64).parallel().forEach(i -> results.add(base.plusAll(List.of("v" + i))));
        for (List<String> result : results) {
            assertEquals(2, result.size());
            assertEquals("base", result.get(0));
        }
        assertEquals(64, results.stream().map(r -> r.get(1)).distinct().count());
    }

    @Test
    void cannotBeChangedInPlace() {
        AppendOnlyList<String> list = AppendOnlyList.of(List.of("a"));
        assertThrows(UnsupportedOperationException.class, () -> list.add("b"));
        assertThrows(UnsupportedOperationException.class, () -> list.set(0, "b"));
    }
}
