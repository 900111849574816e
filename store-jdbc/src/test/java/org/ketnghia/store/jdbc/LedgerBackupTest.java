package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.runtime.KetnghiaRuntime;

class LedgerBackupTest {

    @TempDir
    Path directory;

    static java.util.stream.Stream<org.junit.jupiter.api.Named<Databases>> databases() {
        return Databases.both();
    }

    private static LedgerBackup backup(KetnghiaRuntime runtime) {
        return new LedgerBackup(new org.ketnghia.core.ledger.EventCodec(runtime.objectMapper()),
                new EventChain(runtime.objectMapper()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void exportThenRestore_givesTheSameBytes(Databases database) throws Exception {
        JdbcEventStore original = JdbcEventStore.open(database.fresh(directory), Databases.codec());
        KetnghiaRuntime runtime = Databases.runtime(original);
        for (int i = 0; i < 25; i++) {
            runtime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "de-" + i, i + 1));
        }
        StringWriter exported = new StringWriter();
        assertThat(backup(runtime).export(original, exported)).isEqualTo(25);

        JdbcEventStore restored = JdbcEventStore.open(database.fresh(directory.resolve("restored")), Databases.codec());
        assertThat(backup(runtime).restore(new BufferedReader(new StringReader(exported.toString())), restored))
                .isEqualTo(25);
        StringWriter again = new StringWriter();
        backup(runtime).export(restored, again);

        assertThat(again.toString()).isEqualTo(exported.toString());
        Ledger reopened = Databases.runtime(restored).ledger();
        assertThat(reopened.verifyChain().isIntact()).isTrue();
        assertThat(reopened.lastSequence()).isEqualTo(25);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void tamperedBackup_isRefused_andNothingIsRestored(Databases database) throws Exception {
        InMemoryEventStore source = new InMemoryEventStore();
        KetnghiaRuntime runtime = Databases.runtime(source);
        for (int i = 0; i < 5; i++) {
            runtime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "de-" + i, i + 1));
        }
        StringWriter exported = new StringWriter();
        backup(runtime).export(source, exported);
        String tampered = exported.toString().replace("\"quantity\":3", "\"quantity\":30");

        JdbcEventStore target = JdbcEventStore.open(database.fresh(directory), Databases.codec());
        assertThatThrownBy(() -> backup(runtime).restore(new BufferedReader(new StringReader(tampered)), target))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_CHAIN_BROKEN);
                    assertThat(e.problems().get(0).arguments()).first().isEqualTo("3");
                });
        assertThat(target.lastSequence()).isZero();
    }

    @org.junit.jupiter.api.Test
    void largeBackup_isCheckedInBatches_andTheFirstBadLineInFileOrderIsReported() throws Exception {
        InMemoryEventStore source = new InMemoryEventStore();
        KetnghiaRuntime runtime = Databases.runtime(source);
        for (int i = 0; i < 20_000; i++) { // more than two decode batches
            runtime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "de-" + i, 1 + i % 7));
        }
        StringWriter exported = new StringWriter();
        assertThat(backup(runtime).export(source, exported)).isEqualTo(20_000);
        java.util.List<String> lines = new java.util.ArrayList<>(exported.toString().lines().toList());
        InMemoryEventStore restored = new InMemoryEventStore();
        assertThat(backup(runtime).restore(reader(lines), restored)).isEqualTo(20_000);
        assertThat(restored.readAll()).containsExactlyElementsOf(source.readAll());

        lines.set(9_000, lines.get(9_000).replace("\"de-9000\"", "\"de-9000x\"")); // hash no longer matches
        lines.set(15_000, "{not json"); // unreadable, but later in the file
        assertThatThrownBy(() -> backup(runtime).restore(reader(lines), new InMemoryEventStore()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_CHAIN_BROKEN);
                    assertThat(e.problems().get(0).arguments()).first().isEqualTo("9001");
                });
        lines.set(9_000, "");
        lines.set(8_000, lines.get(8_000).replace("\"type\":\"demo.item-recorded\"", "\"type\":\"demo.gone\""));
        assertThatThrownBy(() -> backup(runtime).restore(reader(lines), new InMemoryEventStore()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_UNREADABLE);
                    assertThat(e.problems().get(0).arguments()).first().isEqualTo("8001");
                });
    }

    private static BufferedReader reader(java.util.List<String> lines) {
        return new BufferedReader(new StringReader(String.join("\n", lines)));
    }
}
