package org.ketnghia.core.json;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Encodes or decodes many JSON documents with every core (mã hóa / giải mã hàng loạt): the cost of
 * exporting, restoring or opening a large ledger is mostly JSON, and each document is independent.
 * Results keep the input order, and a failure is exactly what a plain loop would have thrown: the
 * exception of the first failing item (lowest index), unchanged — so a work function that names its
 * row or line in its errors keeps doing so.
 *
 * <p>Small batches run on the calling thread. Larger ones are cut into chunks run by a parallel
 * stream (the calling thread and the common fork-join pool). Thread-safe if {@code work} is.
 */
public final class JsonBatch {

    /** Below this many items one thread is faster than handing out work. */
    static final int PARALLEL_THRESHOLD = 2_048;
    private static final int CHUNKS_PER_CORE = 8;

    private JsonBatch() {
    }

    /**
     * {@code work} applied to every item, in input order; immutable.
     *
     * @throws RuntimeException what {@code work} threw for the first failing item
     */
    public static <T, R> List<R> map(List<? extends T> items, Function<? super T, ? extends R> work) {
        requireNonNull(items, "items");
        requireNonNull(work, "work");
        return mapIndexed(items.size(), index -> work.apply(items.get(index)));
    }

    /**
     * {@code work} applied to every index from 0 to {@code size - 1}, in order; immutable.
     *
     * @throws RuntimeException what {@code work} threw for the first failing index
     */
    public static <R> List<R> mapIndexed(int size, IntFunction<? extends R> work) {
        requireNonNull(work, "work");
        Object[] results = new Object[size];
        int cores = Runtime.getRuntime().availableProcessors();
        if (size < PARALLEL_THRESHOLD || cores == 1) {
            for (int i = 0; i < size; i++) {
                results[i] = work.apply(i);
            }
            return view(results);
        }
        int chunks = Math.min(cores * CHUNKS_PER_CORE, size);
        AtomicInteger firstFailure = new AtomicInteger(size);
        RuntimeException[] failures = new RuntimeException[chunks];
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            int to = (int) ((long) size * (chunk + 1) / chunks);
            for (int i = (int) ((long) size * chunk / chunks); i < to; i++) {
                if (i > firstFailure.get()) {
                    return; // an earlier item failed: this result will not be used
                }
                try {
                    results[i] = work.apply(i);
                } catch (RuntimeException failure) {
                    failures[chunk] = failure; // the first failure of this chunk, at the lowest index
                    firstFailure.accumulateAndGet(i, Math::min);
                    return;
                }
            }
        });
        int failed = firstFailure.get();
        if (failed < size) {
            throw failures[chunkOf(failed, size, chunks)];
        }
        return view(results);
    }

    /**
     * {@code work} applied to every index on every core, then each result passed to {@code consumer}
     * in index order on the calling thread. A failure of {@code work} is thrown only when its turn
     * comes, after every result before it has been passed — exactly as a loop that works and consumes
     * one index at a time would behave (e.g. a checker that must report the first bad line of a file,
     * whether unreadable or inconsistent with the lines before it).
     */
    public static <R> void forEachInOrder(int size, IntFunction<? extends R> work, Consumer<? super R> consumer) {
        requireNonNull(work, "work");
        requireNonNull(consumer, "consumer");
        List<Outcome<R>> outcomes = mapIndexed(size, index -> {
            try {
                return new Outcome<R>(work.apply(index), null);
            } catch (RuntimeException failure) {
                return new Outcome<R>(null, failure); // thrown when its turn comes
            }
        });
        for (Outcome<R> outcome : outcomes) {
            if (outcome.failure() != null) {
                throw outcome.failure();
            }
            consumer.accept(outcome.result());
        }
    }

    /** The result of one index, or why there is none. */
    private record Outcome<R>(R result, RuntimeException failure) {
    }

    private static int chunkOf(int index, int size, int chunks) {
        int chunk = (int) ((long) index * chunks / size);
        while ((long) size * (chunk + 1) / chunks <= index) { // rounding: move to the chunk that holds it
            chunk++;
        }
        while ((long) size * chunk / chunks > index) {
            chunk--;
        }
        return chunk;
    }

    @SuppressWarnings("unchecked")
    private static <R> List<R> view(Object[] results) {
        return (List<R>) Collections.unmodifiableList(Arrays.asList(results));
    }
}
