package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.error.KetnghiaException;

/** The recorded JSON Lines log ({@link AccessLogFixture}) carried over to another store, as a host moving it would. */
class AccessLogCarryOverTest {

    @TempDir
    Path folder;

    @Test
    void theRecordedFile_isCarriedOverAsItWas_andTheChainGoesOnInTheNewStore() throws Exception {
        JsonLinesAccessLogStore file = JsonLinesAccessLogStore.open(AccessLogFixture.copyInto(folder));
        InMemoryAccessLogStore table = new InMemoryAccessLogStore();

        assertThat(AccessLogCarryOver.carryOver(file, table)).isEqualTo(5);
        assertThat(AccessLogCarryOver.carryOver(file, table)).as("again: nothing new").isZero();

        assertThat(table.entries()).isEqualTo(file.entries());
        AccessLog log = AccessLog.storedIn(table);
        AccessLogEntry next = log.append(Instant.parse("2026-12-07T03:00:00Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE",
                "QNA.TAY-GIANG.A-XAN", "household:HN-004", "rà soát hộ cận nghèo");
        assertThat(next.sequence()).isEqualTo(6);
        assertThat(next.previousHash()).isEqualTo(file.entries().get(4).hash());
        assertThat(log.verify()).isEmpty();
        assertThat(AccessLogCarryOver.carryOver(file, table)).as("the new store runs ahead of the file").isZero();
    }

    @Test
    void anEntryAlteredInTheFile_isCarriedOverAsItIs_andStillFoundAtItsSequence() throws Exception {
        Path copy = AccessLogFixture.copyInto(folder);
        Files.writeString(copy, Files.readString(copy).replace("thẩm định hồ sơ", "xem cho biết"));
        InMemoryAccessLogStore table = new InMemoryAccessLogStore();

        AccessLogCarryOver.carryOver(JsonLinesAccessLogStore.open(copy), table);

        assertThat(AccessLog.storedIn(table).verify()).contains(3L);
    }

    @Test
    void aLineRemovedFromTheFile_orAnotherLogInTheNewStore_isRefused_namingTheSequence() throws Exception {
        Path copy = AccessLogFixture.copyInto(folder);
        List<String> lines = new ArrayList<>(Files.readAllLines(copy));
        lines.remove(1);
        Files.write(copy, lines);
        InMemoryAccessLogStore table = new InMemoryAccessLogStore();

        assertThatThrownBy(() -> AccessLogCarryOver.carryOver(JsonLinesAccessLogStore.open(copy), table))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED);
                    assertThat(e.getMessage()).contains("entry 2");
                });
        assertThat(table.entries()).hasSize(1);

        InMemoryAccessLogStore another = new InMemoryAccessLogStore();
        AccessLog.storedIn(another).append(Instant.parse("2026-12-07T03:00:00Z"), "ubnd-tinh", "PROVINCIAL_COMMITTEE",
                "QNA", "person:CB-001", "kiểm tra");
        assertThatThrownBy(() -> AccessLogCarryOver.carryOver(JsonLinesAccessLogStore.open(AccessLogFixture.copyInto(
                Files.createDirectories(folder.resolve("whole")))), another)).isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED));
        assertThat(another.entries()).hasSize(1);
    }

    @Test
    void anotherRunCarryingTheSameFileOver_betweenThisRunsReadAndItsAppend_isTakenAsDone() throws Exception {
        Path copy = AccessLogFixture.copyInto(folder);
        InMemoryAccessLogStore table = new InMemoryAccessLogStore();
        AnotherRunFirst racing = new AnotherRunFirst(table, JsonLinesAccessLogStore.open(copy), 5);

        assertThat(AccessLogCarryOver.carryOver(JsonLinesAccessLogStore.open(copy), racing)).as("copied by this run").isZero();

        assertThat(table.entries()).isEqualTo(JsonLinesAccessLogStore.open(copy).entries());
        assertThat(AccessLog.storedIn(table).verify()).isEmpty();
    }

    @Test
    void anotherRunHavingCopiedOnlyTheFirstEntries_thisRunCopiesTheRest_once() throws Exception {
        Path copy = AccessLogFixture.copyInto(folder);
        InMemoryAccessLogStore table = new InMemoryAccessLogStore();
        AnotherRunFirst racing = new AnotherRunFirst(table, JsonLinesAccessLogStore.open(copy), 2);

        assertThat(AccessLogCarryOver.carryOver(JsonLinesAccessLogStore.open(copy), racing)).isEqualTo(3);

        assertThat(table.entries()).isEqualTo(JsonLinesAccessLogStore.open(copy).entries());
    }

    @Test
    void anotherWriterKeepingOtherReads_betweenThisRunsReadAndItsAppend_isStillRefused() throws Exception {
        InMemoryAccessLogStore otherLog = new InMemoryAccessLogStore();
        AccessLog.storedIn(otherLog).append(Instant.parse("2026-12-07T03:00:00Z"), "ubnd-tinh", "PROVINCIAL_COMMITTEE",
                "QNA", "person:CB-001", "kiểm tra");
        InMemoryAccessLogStore table = new InMemoryAccessLogStore();
        AnotherRunFirst racing = new AnotherRunFirst(table, otherLog, 1);

        assertThatThrownBy(() -> AccessLogCarryOver.carryOver(JsonLinesAccessLogStore.open(AccessLogFixture.copyInto(folder)),
                racing)).isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED);
                    assertThat(e.getMessage()).contains("entry 1");
                });
        assertThat(table.entries()).extracting(AccessLogEntry::purpose).containsExactly("kiểm tra");
    }

    /**
     * A store into which another run copies the first {@code entries} of {@code otherSource} just before this run's
     * first append reaches it: this run read the store (empty) before the other one wrote, as two processes opening
     * one ledger at once may.
     */
    private static final class AnotherRunFirst implements AccessLogStore {

        private final InMemoryAccessLogStore store;
        private final AccessLogStore otherSource;
        private final int entries;
        private boolean otherRunDone;

        AnotherRunFirst(InMemoryAccessLogStore store, AccessLogStore otherSource, int entries) {
            this.store = store;
            this.otherSource = otherSource;
            this.entries = entries;
        }

        @Override
        public Optional<AccessLogEntry> last() {
            return store.last();
        }

        @Override
        public boolean appendIfNext(AccessLogEntry entry) {
            if (!otherRunDone) {
                otherRunDone = true;
                otherSource.entries().subList(0, entries).forEach(store::appendIfNext);
            }
            return store.appendIfNext(entry);
        }

        @Override
        public List<AccessLogEntry> entries() {
            return store.entries();
        }
    }
}
