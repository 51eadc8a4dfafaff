package ai.heyseven.core.knowledge;

/**
 * The rows with the highest scores, best first, without sorting every row: one pass with a
 * bounded min-heap of primitive arrays — O(n log m) and no boxing, whatever the catalogue's size.
 */
final class TopRows {
    private TopRows() {
    }

    /** At most {@code m} rows whose score is at least {@code floor} (and above zero when {@code floor} is zero), best first. */
    static int[] of(double[] scores, double floor, int m) {
        int[] rows = new int[m];
        double[] heap = new double[m];
        int size = 0;
        for (int row = 0; row < scores.length; row++) {
            double score = scores[row];
            if (score < floor || score <= 0 && floor <= 0) {
                continue;
            }
            if (size < m) {
                rows[size] = row;
                heap[size] = score;
                siftUp(rows, heap, size++);
            } else if (score > heap[0]) {
                rows[0] = row;
                heap[0] = score;
                siftDown(rows, heap, size);
            }
        }
        int[] best = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            best[i] = rows[0];
            rows[0] = rows[i];
            heap[0] = heap[i];
            siftDown(rows, heap, i);
        }
        return best;
    }

    private static void siftUp(int[] rows, double[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (heap[parent] <= heap[at]) {
                return;
            }
            swap(rows, heap, parent, at);
            at = parent;
        }
    }

    private static void siftDown(int[] rows, double[] heap, int size) {
        int at = 0;
        while (true) {
            int left = 2 * at + 1;
            if (left >= size) {
                return;
            }
            int smaller = left + 1 < size && heap[left + 1] < heap[left] ? left + 1 : left;
            if (heap[at] <= heap[smaller]) {
                return;
            }
            swap(rows, heap, at, smaller);
            at = smaller;
        }
    }

    private static void swap(int[] rows, double[] heap, int a, int b) {
        int row = rows[a];
        rows[a] = rows[b];
        rows[b] = row;
        double score = heap[a];
        heap[a] = heap[b];
        heap[b] = score;
    }
}
