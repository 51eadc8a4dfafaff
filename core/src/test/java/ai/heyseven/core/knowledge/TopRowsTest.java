package ai.heyseven.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopRowsTest {
    @Test
    void agreesWithAFullSortAboveTheFloor() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            double[] scores = random.doubles(random.nextInt(300), -0.2, 1).toArray();
            double floor = random.nextBoolean() ? 0 : 0.3;
            int m = 1 + random.nextInt(20);
            int[] expected = IntStream.range(0, scores.length).boxed()
                    .filter(row -> scores[row] >= floor && scores[row] > 0)
                    .sorted(Comparator.comparingDouble((Integer row) -> scores[row]).reversed())
                    .limit(m).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, TopRows.of(scores, floor, m), "trial " + trial);
        }
    }
}
