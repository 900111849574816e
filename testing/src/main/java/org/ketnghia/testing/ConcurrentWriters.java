package org.ketnghia.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Many writers at once (<i>nhiều người ghi cùng lúc</i>): threads that each record their own range of indexes in
 * order, for a test of what a ledger, a store or a key store does under concurrent submits.
 */
public final class ConcurrentWriters {

    private ConcurrentWriters() {
    }

    /**
     * Has {@code writers} threads call {@code record} at once, the {@code w}-th with {@code w * perWriter} to {@code
     * (w + 1) * perWriter - 1} in order, and waits for all; a writer's failure is thrown.
     */
    public static void run(int writers, int perWriter, IntConsumer record) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int first = writer * perWriter;
                done.add(pool.submit(() -> {
                    for (int index = first; index < first + perWriter; index++) {
                        record.accept(index);
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
