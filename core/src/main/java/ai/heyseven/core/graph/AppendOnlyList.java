package ai.heyseven.core.graph;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An immutable list whose appends share one growing array: appending to the newest version writes
 * in place (amortised O(1)), so a conversation's history is never copied step after step. Appending
 * to an older version, or from two threads at once, copies instead: every version stays immutable.
 */
final class AppendOnlyList<E> extends AbstractList<E> implements RandomAccess {
    private static final int MIN_CAPACITY = 16;

    private final Buffer buffer;
    private final int size;

    private static final class Buffer {
        final Object[] items;
        /** How many slots some version has claimed; only the version of exactly this size may append in place. */
        final AtomicInteger claimed;

        Buffer(Object[] items, int claimed) {
            this.items = items;
            this.claimed = new AtomicInteger(claimed);
        }
    }

    private AppendOnlyList(Buffer buffer, int size) {
        this.buffer = buffer;
        this.size = size;
    }

    /** {@code list} as an append-only list (copied once unless it already is one). */
    @SuppressWarnings("unchecked")
    static <E> AppendOnlyList<E> of(List<E> list) {
        if (list instanceof AppendOnlyList<E> appendOnly) {
            return appendOnly;
        }
        Object[] items = Arrays.copyOf(list.toArray(), Math.max(MIN_CAPACITY, list.size() * 2));
        for (int i = 0; i < list.size(); i++) {
            Objects.requireNonNull(items[i], "list element");
        }
        return new AppendOnlyList<>(new Buffer(items, list.size()), list.size());
    }

    /** A new version with {@code more} appended; this version is unchanged. */
    AppendOnlyList<E> plusAll(List<? extends E> more) {
        int added = more.size();
        if (added == 0) {
            return this;
        }
        int newSize = size + added;
        if (newSize <= buffer.items.length && buffer.claimed.compareAndSet(size, newSize)) {
            for (int i = 0; i < added; i++) {
                buffer.items[size + i] = Objects.requireNonNull(more.get(i), "list element");
            }
            return new AppendOnlyList<>(buffer, newSize);
        }
        Object[] items = Arrays.copyOf(buffer.items, Math.max(MIN_CAPACITY, newSize * 2));
        Arrays.fill(items, size, items.length, null);
        for (int i = 0; i < added; i++) {
            items[size + i] = Objects.requireNonNull(more.get(i), "list element");
        }
        return new AppendOnlyList<>(new Buffer(items, newSize), newSize);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) buffer.items[index];
    }

    @Override
    public int size() {
        return size;
    }
}
