package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.io.BufferedReader;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/**
 * A backup's events restored in one pass against its manifest: the read that checks every line also takes the part's
 * summary, and a part that is not the one the manifest records — cut exactly at a line's end, its own chain whole, or
 * a line altered — is refused with the same codes as a check of the whole backup gives, and the store is left empty.
 */
class BackupRestoreAgainstManifestTest {

    private static final String MANIFEST = "backup.jsonl.manifest";

    @TempDir
    Path directory;

    static java.util.stream.Stream<org.junit.jupiter.api.Named<Databases>> databases() {
        return Databases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWholeBackup_isRestoredInOnePass_withThePartsSummaryAsRead(Databases database) throws Exception {
        Exported backup = exportedBackup(5);
        JdbcEventStore restored = JdbcEventStore.open(database.fresh(directory.resolve("db")), Databases.codec());

        LedgerBackup.Restored result = backup.tool().restore(backup.events(), backup.manifest(), MANIFEST, restored);

        assertThat(result.events()).isEqualTo(5);
        assertThat(result.summary()).isEqualTo(backup.manifest().parts().get(BackupPart.EVENTS))
                .isEqualTo(BackupPartSummary.of(backup.events()));
        StringWriter again = new StringWriter();
        backup.tool().export(restored, again);
        assertThat(again.toString()).isEqualTo(Files.readString(backup.events()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPartCutExactlyAtALinesEnd_whoseChainHolds_isRefused_andTheStoreIsUnchanged(Databases database)
            throws Exception {
        Exported backup = exportedBackup(5);
        List<String> lines = Files.readAllLines(backup.events());
        Files.write(backup.events(), lines.subList(0, 4));
        try (BufferedReader cut = Files.newBufferedReader(backup.events())) {
            assertThat(backup.tool().check(cut)).as("the part's own checks pass").isEqualTo(4);
        }
        JdbcEventStore target = JdbcEventStore.open(database.fresh(directory.resolve("db")), Databases.codec());

        assertThatThrownBy(() -> backup.tool().restore(backup.events(), backup.manifest(), MANIFEST, target))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_PART_DIFFERS);
                        assertThat(problem.field()).isEqualTo(backup.events().toString());
                        assertThat(problem.messageEn()).contains("4 lines (manifest: 5)");
                    });
                    assertThat(e.problems()).isEqualTo(backup.manifest().check(backup.events(), MANIFEST));
                });
        assertThat(target.lastSequence()).isZero();
        assertThat(target.readAll()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aLineAltered_isRefusedAtItsEvent_andThePartAsDiffering_andTheStoreIsUnchanged(Databases database)
            throws Exception {
        Exported backup = exportedBackup(5);
        Files.writeString(backup.events(), Files.readString(backup.events()).replace("\"quantity\":3", "\"quantity\":30"));
        JdbcEventStore target = JdbcEventStore.open(database.fresh(directory.resolve("db")), Databases.codec());

        assertThatThrownBy(() -> backup.tool().restore(backup.events(), backup.manifest(), MANIFEST, target))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::code).containsExactly(
                            StoreErrorCode.STORE_CHAIN_BROKEN, StoreErrorCode.STORE_BACKUP_PART_DIFFERS);
                    assertThat(e.problems().get(0).field()).isEqualTo(backup.events() + ".sequence");
                    assertThat(e.problems().get(0).arguments()).first().isEqualTo("3");
                    assertThat(e.problems().get(1).field()).isEqualTo(backup.events().toString());
                    long recorded = backup.manifest().parts().get(BackupPart.EVENTS).bytes();
                    assertThat(e.problems().get(1).messageEn())
                            .contains((recorded + 1) + " bytes (manifest: " + recorded + ")", "SHA-256");
                });
        assertThat(target.lastSequence()).isZero();
        assertThat(target.readAll()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStoreThatHoldsEvents_isRefusedBeforeThePartIsRead(Databases database) throws Exception {
        Exported backup = exportedBackup(2);
        Files.write(backup.events(), List.of("{not json"));
        JdbcEventStore target = JdbcEventStore.open(database.fresh(directory.resolve("db")), Databases.codec());
        KetnghiaRuntime runtime = Databases.runtime(target);
        runtime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "already-here", 1));

        assertThatThrownBy(() -> backup.tool().restore(backup.events(), backup.manifest(), MANIFEST, target))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems()).extracting(Problem::code)
                        .containsExactly(StoreErrorCode.STORE_RESTORE_NOT_EMPTY));
        assertThat(target.lastSequence()).isEqualTo(1);
    }

    /** A backup's events file written as an export writes it, and its manifest. */
    private record Exported(LedgerBackup tool, Path events, BackupManifest manifest) {
    }

    private Exported exportedBackup(int events) throws Exception {
        InMemoryEventStore source = new InMemoryEventStore();
        KetnghiaRuntime runtime = Databases.runtime(source);
        for (int i = 0; i < events; i++) {
            runtime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "de-" + i, i + 1));
        }
        LedgerBackup tool = new LedgerBackup(new EventCodec(runtime.objectMapper()), new EventChain(runtime.objectMapper()));
        Path file = directory.resolve("backup.jsonl");
        BackupPartOutputStream bytes = new BackupPartOutputStream(Files.newOutputStream(file));
        LedgerBackup.Exported end;
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            end = tool.exportConsistent(source, out);
        }
        BackupManifest manifest = BackupManifest.of(Instant.parse("2026-12-08T03:15:00Z"), end,
                Map.of(BackupPart.EVENTS, bytes.summary(file.getFileName().toString())));
        return new Exported(tool, file, manifest);
    }
}
