package org.ketnghia.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.examples.cli.ExitCodes;
import org.ketnghia.examples.compatibility.RecordedFixture;
import org.ketnghia.store.jdbc.BackupManifest;
import org.ketnghia.store.jdbc.BackupPart;
import org.ketnghia.store.jdbc.StoreErrorCode;

/**
 * {@code import} checks every part of a backup (events, {@code <file>.keys}) and, given one, that the master key
 * unwraps every key, before it writes anything, so that a refused import leaves {@code --ledger} as it was; {@code
 * export} writes the keys part to a temporary file moved into place, and removes one an earlier export left at the
 * same path when the ledger exported now has no keys.
 */
class BackupPartsCliTest {

    /** Enough of the recorded ledger for a backup with keys, without encrypting all of it. */
    private static final int EVENTS = 1_000;

    @TempDir
    static Path shared;

    static Path plan;
    static Path keyFile;
    static Path plain;
    static Path encrypted;
    static Path backup;

    @TempDir
    Path temp;

    /** The recorded ledger's first events imported, encrypted into a ledger with keys, and that ledger exported. */
    @BeforeAll
    static void anEncryptedLedger_isExported_withItsKeys() throws Exception {
        plan = Files.writeString(shared.resolve("programme.json"), RecordedFixture.programmeInTodaysFormat());
        keyFile = Files.writeString(shared.resolve("master.key"), MasterKey.generate().toBase64());
        Path recorded = shared.resolve("recorded.jsonl");
        try (InputStream in = new GZIPInputStream(RecordedFixture.open("ledger.jsonl.gz"))) {
            Files.copy(in, recorded);
        }
        Path firstEvents = Files.write(shared.resolve("first-events.jsonl"),
                Files.readAllLines(recorded).subList(0, EVENTS));
        plain = shared.resolve("plain");
        assertSucceeds(Cli.run("import", "--plan", plan.toString(), "--ledger", plain.toString(), "--file",
                firstEvents.toString()));
        encrypted = shared.resolve("encrypted");
        assertSucceeds(Cli.run("encrypt-ledger", "--plan", plan.toString(), "--ledger", plain.toString(), "--to",
                encrypted.toString(), "--master-key-file", keyFile.toString()));
        backup = shared.resolve("encrypted.jsonl");
        assertSucceeds(Cli.run("export", "--plan", plan.toString(), "--ledger", encrypted.toString(), "--file",
                backup.toString()));
        assertThat(Files.readAllLines(keysPartOf(backup))).as("the backup has keys").isNotEmpty();
    }

    @Test
    void anEventsFileCutShort_withItsKeysBeside_isRefused_leavingNoLedger_andTheRepairedBackupImports() throws Exception {
        Path cut = copyOfTheBackup("cut.jsonl");
        byte[] whole = Files.readAllBytes(cut);
        Files.write(cut, Arrays.copyOf(whole, whole.length - 40)); // a copy that stopped inside the last event
        Path target = temp.resolve("target");

        Cli refused = importInto(target, cut);

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_UNREADABLE.name(), cut.toString());
        assertThat(target).as("no keys, no database, nothing").doesNotExist();

        Files.write(cut, whole); // the whole file again, from another copy of the backup
        assertSucceeds(importInto(target, cut));
        assertTheKeysCameOver(target);
    }

    @Test
    void anEventsFileWithABrokenChain_withItsKeysBeside_isRefused_leavingNoLedger_andTheRepairedBackupImports()
            throws Exception {
        Path broken = copyOfTheBackup("broken.jsonl");
        List<String> lines = Files.readAllLines(broken);
        List<String> altered = new ArrayList<>(lines);
        altered.set(499, lines.get(499).replaceFirst("\"recordedAt\":\"2026-", "\"recordedAt\":\"2025-"));
        assertThat(altered.get(499)).isNotEqualTo(lines.get(499));
        Files.write(broken, altered);
        Path target = temp.resolve("target");

        Cli refused = importInto(target, broken);

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_CHAIN_BROKEN.name(), broken.toString(), "event 500",
                "content does not match its hash");
        assertThat(target).as("no keys, no database, nothing").doesNotExist();

        Files.write(broken, lines);
        assertSucceeds(importInto(target, broken));
        assertTheKeysCameOver(target);
    }

    @Test
    void aKeysFileCutShort_isRefused_namingItAndTheLine_leavingNoLedger() throws Exception {
        Path cut = copyOfTheBackup("cut-keys.jsonl");
        Path keys = keysPartOf(cut);
        List<String> lines = Files.readAllLines(keys);
        byte[] whole = Files.readAllBytes(keys);
        Files.write(keys, Arrays.copyOf(whole, whole.length - 10));
        Path target = temp.resolve("target");

        Cli refused = importInto(target, cut);

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(refused.err()).contains(PrivacyErrorCode.PRIVACY_KEY_STORE_UNAVAILABLE.name(), keys.toString(),
                "line " + lines.size(), "cut short");
        assertThat(target).doesNotExist();
    }

    @Test
    void aWrongMasterKey_isRefusedBeforeAnythingIsWritten_leavingNoLedger_andTheRightOneImports() throws Exception {
        assumeTrue(System.getenv(MasterKey.ENVIRONMENT_VARIABLE) == null, MasterKey.ENVIRONMENT_VARIABLE + " is set");
        Path wrongKey = Files.writeString(temp.resolve("wrong.key"), MasterKey.generate().toBase64());
        Path target = temp.resolve("target");

        Cli refused = Cli.run("import", "--plan", plan.toString(), "--ledger", target.toString(), "--file",
                backup.toString(), "--master-key-file", wrongKey.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(refused.err()).contains(PrivacyErrorCode.PRIVACY_MASTER_KEY_WRONG.name());
        assertThat(target).as("no keys, no database, nothing").doesNotExist();

        assertSucceeds(Cli.run("import", "--plan", plan.toString(), "--ledger", target.toString(), "--file",
                backup.toString(), "--master-key-file", keyFile.toString()));
        assertTheKeysCameOver(target);
    }

    @Test
    void export_writesTheKeysToATemporaryFileMovedIntoPlace_leavingAnEarlierBackupsHardLinkedCopyAsItWas()
            throws Exception {
        Path again = temp.resolve("again.jsonl");
        Path snapshot = Files.writeString(temp.resolve("snapshot.jsonl.keys"), "{\"subject\":\"household:x\",\"erased\":true}\n");
        Files.createLink(keysPartOf(again), snapshot); // a backup rotation that links the earlier copy's files

        assertSucceeds(Cli.run("export", "--plan", plan.toString(), "--ledger", encrypted.toString(), "--file",
                again.toString()));

        assertThat(Files.mismatch(keysPartOf(again), keysPartOf(backup))).isEqualTo(-1L);
        assertThat(snapshot).as("the earlier copy is not written through the link")
                .hasContent("{\"subject\":\"household:x\",\"erased\":true}");
        assertThat(temp).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void export_writesEveryPartOfTheBackup_readableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        List<Path> parts = new ArrayList<>(List.of(backup, keysPartOf(backup), BackupManifest.fileOf(backup)));
        Path accessLog = BackupPart.ACCESS_LOG.fileOf(backup);
        if (Files.exists(accessLog)) {
            parts.add(accessLog);
        }

        for (Path part : parts) {
            // people's data and their keys: no other account of the machine may read them
            assertThat(Files.getPosixFilePermissions(part)).as(part.getFileName().toString())
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void export_ofALedgerWithoutKeys_removesTheKeysAnEarlierExportLeftAtTheSamePath() throws Exception {
        Path again = temp.resolve("again.jsonl");
        Files.copy(keysPartOf(backup), keysPartOf(again)); // an earlier export of the encrypted ledger, stale

        Cli export = Cli.run("export", "--plan", plan.toString(), "--ledger", plain.toString(), "--file",
                again.toString());

        assertSucceeds(export);
        assertThat(export.out()).doesNotContain(".keys");
        assertThat(keysPartOf(again)).as("no keys, no keys part: the stale one is gone").doesNotExist();
        assertThat(Files.readAllLines(again)).hasSize(EVENTS);
        assertThat(temp).isDirectoryNotContaining("glob:**.partial");
    }

    /** The keys of the imported ledger, exported again, are the backup's. */
    private void assertTheKeysCameOver(Path ledger) throws Exception {
        Path exported = temp.resolve("exported.jsonl");
        assertSucceeds(Cli.run("export", "--plan", plan.toString(), "--ledger", ledger.toString(), "--file",
                exported.toString()));
        assertThat(Files.mismatch(keysPartOf(exported), keysPartOf(backup))).isEqualTo(-1L);
    }

    private static Cli importInto(Path ledger, Path backupFile) {
        return Cli.run("import", "--plan", plan.toString(), "--ledger", ledger.toString(), "--file", backupFile.toString());
    }

    private static void assertSucceeds(Cli cli) {
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
    }

    /** A copy of the backup's events and keys, under this test's folder. */
    private Path copyOfTheBackup(String name) throws Exception {
        Path copy = Files.copy(backup, temp.resolve(name));
        Files.copy(keysPartOf(backup), keysPartOf(copy));
        return copy;
    }

    private static Path keysPartOf(Path backupFile) {
        return backupFile.resolveSibling(backupFile.getFileName() + ".keys");
    }
}
