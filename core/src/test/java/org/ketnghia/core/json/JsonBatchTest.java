package org.ketnghia.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class JsonBatchTest {

    @Test
    void resultsKeepTheInputOrder_smallAndLarge() {
        for (int size : new int[] {0, 1, JsonBatch.PARALLEL_THRESHOLD - 1, 100_003}) {
            List<Integer> items = IntStream.range(0, size).boxed().toList();

            assertThat(JsonBatch.map(items, item -> item * 2L)).containsExactlyElementsOf(
                    IntStream.range(0, size).mapToObj(item -> item * 2L).toList());
        }
    }

    @Test
    void largeBatches_useMoreThanTheCallingThread_whenThereAreCores() {
        boolean manyCores = Runtime.getRuntime().availableProcessors() > 1;
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch secondThread = new CountDownLatch(1);
        JsonBatch.mapIndexed(200_000, index -> {
            threads.add(Thread.currentThread());
            if (threads.size() > 1) {
                secondThread.countDown();
            }
            if (index == 0 && manyCores) { // hold the first chunk until another thread has taken work
                try {
                    secondThread.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return index;
        });

        assertThat(threads.size() > 1).isEqualTo(manyCores);
    }

    @Property(tries = 60)
    void theFirstFailingIndexIsTheOneReported(@ForAll @IntRange(min = 1, max = 60_000) int size,
            @ForAll @IntRange(min = 0, max = 59_999) int first, @ForAll @IntRange(min = 1, max = 7) int every) {
        int firstBad = first % size;

        assertThatThrownBy(() -> JsonBatch.mapIndexed(size, index -> {
            if (index >= firstBad && (index - firstBad) % every == 0) {
                throw new IllegalArgumentException("bad " + index);
            }
            return index;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad " + firstBad);
    }

    @Test
    void resultsAreImmutable() {
        List<Integer> results = JsonBatch.mapIndexed(10, index -> index);

        assertThatThrownBy(() -> results.set(0, 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void forEachInOrder_passesEveryResultBeforeTheFirstFailure_thenThrowsIt() {
        List<Integer> passed = new java.util.ArrayList<>();

        assertThatThrownBy(() -> JsonBatch.forEachInOrder(50_000, index -> {
            if (index == 30_000 || index == 40_000) {
                throw new IllegalArgumentException("bad " + index);
            }
            return index;
        }, passed::add)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad 30000");

        assertThat(passed).hasSize(30_000).isEqualTo(IntStream.range(0, 30_000).boxed().toList());
    }

    @Test
    void forEachInOrder_stopsWhenTheConsumerFails_evenBeforeALaterWorkFailure() {
        List<Integer> passed = new java.util.ArrayList<>();

        assertThatThrownBy(() -> JsonBatch.forEachInOrder(10_000, index -> {
            if (index == 9_000) {
                throw new IllegalArgumentException("unreadable " + index);
            }
            return index;
        }, index -> {
            if (index == 5_000) {
                throw new IllegalStateException("inconsistent " + index);
            }
            passed.add(index);
        })).isInstanceOf(IllegalStateException.class).hasMessage("inconsistent 5000");

        assertThat(passed).hasSize(5_000);
    }
}
