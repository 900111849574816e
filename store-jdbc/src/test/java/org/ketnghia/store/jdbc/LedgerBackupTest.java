package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.core.testing.Fixtures.PROVINCE;
import static org.ketnghia.core.testing.Fixtures.recordItem;

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
}
