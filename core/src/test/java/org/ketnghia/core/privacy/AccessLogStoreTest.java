package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventChain;

/** The access log over its stores: each keeps an entry only when it is the next one, so the chain never forks. */
class AccessLogStoreTest {

    private static final Instant READ_AT = Instant.parse("2026-06-01T02:00:00Z");

    @TempDir
    Path folder;

    @Test
    void theMemoryAndFileStores_keepOnlyTheNextEntry_andKeepNothingElse() throws Exception {
        Path file = folder.resolve("access-log.jsonl");
        for (AccessLogStore store : List.of(new InMemoryAccessLogStore(), JsonLinesAccessLogStore.open(file))) {
            AccessLogEntry first = entry(1, EventChain.GENESIS_HASH, "household:HN-001");

            assertThat(store.appendIfNext(entry(2, EventChain.GENESIS_HASH, "household:HN-009"))).isFalse();
            assertThat(store.appendIfNext(first)).isTrue();
            assertThat(store.appendIfNext(first)).as("the same entry again").isFalse();
            assertThat(store.appendIfNext(entry(2, EventChain.GENESIS_HASH, "household:HN-002"))).as("a fork").isFalse();
            assertThat(store.appendIfNext(entry(2, first.hash(), "household:HN-002"))).isTrue();

            assertThat(store.entries()).extracting(AccessLogEntry::subject)
                    .containsExactly("household:HN-001", "household:HN-002");
            assertThat(store.last()).map(AccessLogEntry::sequence).contains(2L);
            assertThat(AccessLog.storedIn(store).verify()).isEmpty();
        }
        assertThat(Files.readAllLines(file)).hasSize(2);
        assertThat(JsonLinesAccessLogStore.open(file).entries()).hasSize(2);
    }

    @Test
    void twoLogsOnOneStore_appendingAtOnce_chainEveryReadOnce() throws Exception {
        InMemoryAccessLogStore store = new InMemoryAccessLogStore();
        List<AccessLog> logs = List.of(AccessLog.storedIn(store), AccessLog.storedIn(store));
        int readsEach = 500;

        appendAtOnce(logs, readsEach);

        List<AccessLogEntry> entries = store.entries();
        assertThat(entries).hasSize(2 * readsEach);
        assertThat(entries).extracting(AccessLogEntry::previousHash).doesNotHaveDuplicates();
        assertThat(entries).extracting(AccessLogEntry::subject).doesNotHaveDuplicates();
        assertThat(logs.get(1).verify()).isEmpty();
    }

    @Test
    void aStoreThatAlwaysHasANewerEntry_failsTheAppendClearly_afterTheLastAttempt() {
        AtomicInteger attempts = new AtomicInteger();
        AccessLogStore alwaysBehind = new AccessLogStore() {
            @Override
            public Optional<AccessLogEntry> last() {
                return Optional.empty();
            }

            @Override
            public boolean appendIfNext(AccessLogEntry entry) {
                attempts.incrementAndGet();
                return false;
            }

            @Override
            public List<AccessLogEntry> entries() {
                return List.of();
            }
        };

        assertThatThrownBy(() -> AccessLog.storedIn(alwaysBehind).append(READ_AT, "ubnd-a-xan", "COMMUNE_COMMITTEE",
                "QNA.TAY-GIANG.A-XAN", "household:HN-001", "xác minh")).isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_ACCESS_LOG_CONTENDED);
                    assertThat(e.getMessage()).contains(Integer.toString(AccessLog.MAX_ATTEMPTS));
                });
        assertThat(attempts).hasValue(AccessLog.MAX_ATTEMPTS);
    }

    @Test
    void aWriterThatLosesTheRaceMoreThanTheAttemptsInARow_keepsRetrying_whileOtherReadsShow() {
        InMemoryAccessLogStore kept = new InMemoryAccessLogStore();
        AccessLog other = AccessLog.storedIn(kept);
        int racesLost = 3 * AccessLog.MAX_ATTEMPTS;
        AtomicInteger attempts = new AtomicInteger();
        AccessLogStore otherWriterFirst = new AccessLogStore() {
            @Override
            public Optional<AccessLogEntry> last() {
                return kept.last();
            }

            @Override
            public boolean appendIfNext(AccessLogEntry entry) {
                if (attempts.incrementAndGet() <= racesLost) {
                    other.append(READ_AT, "can-bo-khac", "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN",
                            "household:HN-" + attempts.get(), "đối chiếu hồ sơ");
                }
                return kept.appendIfNext(entry);
            }

            @Override
            public List<AccessLogEntry> entries() {
                return kept.entries();
            }
        };

        AccessLogEntry mine = AccessLog.storedIn(otherWriterFirst).append(READ_AT, "ubnd-a-xan", "COMMUNE_COMMITTEE",
                "QNA.TAY-GIANG.A-XAN", "household:HN-001", "xác minh");

        assertThat(attempts).hasValue(racesLost + 1);
        assertThat(mine.sequence()).isEqualTo(racesLost + 1L);
        assertThat(kept.entries()).hasSize(racesLost + 1).last().isEqualTo(mine);
        assertThat(AccessLog.storedIn(kept).verify()).isEmpty();
    }

    /** Has each log append {@code readsEach} reads on a thread of its own, all starting together. */
    static void appendAtOnce(List<AccessLog> logs, int readsEach) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(logs.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < logs.size(); writer++) {
                AccessLog log = logs.get(writer);
                String actor = "can-bo-" + writer;
                done.add(threads.submit(() -> {
                    start.await();
                    for (int read = 0; read < readsEach; read++) {
                        log.append(READ_AT.plusSeconds(read), actor, "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN",
                                "household:" + actor + "-" + read, "đối chiếu hồ sơ");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static AccessLogEntry entry(long sequence, String previousHash, String subject) {
        return new AccessLogEntry(sequence, READ_AT, "ubnd-a-xan", "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN", subject,
                "xác minh", previousHash, AccessLog.hashOf(sequence, READ_AT, "ubnd-a-xan", "COMMUNE_COMMITTEE",
                        "QNA.TAY-GIANG.A-XAN", subject, "xác minh", previousHash));
    }
}
