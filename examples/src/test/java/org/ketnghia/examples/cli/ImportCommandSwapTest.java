package org.ketnghia.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.SubjectKeyBackup;
import org.ketnghia.examples.compatibility.RecordedBackup;
import org.ketnghia.examples.compatibility.RecordedFixture;
import org.ketnghia.examples.host.LedgerFiles;
import org.ketnghia.examples.host.ProvinceData;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.store.jdbc.BackupPart;
import org.ketnghia.store.jdbc.StoreErrorCode;
import picocli.CommandLine;

/**
 * {@code import} restores the very events file it checked: a file replaced between the check and the restore by
 * another whose chain is whole (here the first five events of the same backup, a valid shorter backup) is refused
 * with {@code STORE_BACKUP_PART_CHANGED}, naming the file and what differs, and the ledger holds no event and no key.
 * The swap happens in {@link ImportCommand#afterCheck}, the seam between the check and the restore.
 */
class ImportCommandSwapTest {

    @TempDir
    Path temp;

    Path plan;
    Path backup;
    Path masterKey;

    @BeforeEach
    void theRecordedBackup() throws Exception {
        assumeTrue(System.getenv(MasterKey.ENVIRONMENT_VARIABLE) == null, MasterKey.ENVIRONMENT_VARIABLE + " is set");
        plan = Files.writeString(temp.resolve("programme.json"), RecordedFixture.programmeInTodaysFormat());
        backup = RecordedBackup.copyInto(temp.resolve("recorded"));
        masterKey = backup.resolveSibling(RecordedBackup.MASTER_KEY);
    }

    @Test
    void theEventsFileSwappedBetweenTheCheckAndTheRestore_isRefused_andNothingIsWritten() throws Exception {
        List<String> events = Files.readAllLines(backup);
        Path target = temp.resolve("target");
        ImportCommand command = new ImportCommand();
        command.afterCheck = () -> write(backup, events.subList(0, 5)); // a whole chain, not the file checked
        StringWriter err = new StringWriter();

        int code = run(command, err, "--plan", plan.toString(), "--ledger", target.toString(), "--file",
                backup.toString(), "--master-key-file", masterKey.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(err.toString()).contains(StoreErrorCode.STORE_BACKUP_PART_CHANGED.name(),
                "The events part of the backup (" + backup + ") changed between its check and its restore",
                "5 lines (checked: 6)");
        try (LedgerFiles ledger = LedgerFiles.open(List.of(ProgrammeFile.read(plan)), province(), target,
                Optional.empty())) {
            assertThat(ledger.store().lastSequence()).as("no event").isZero();
            assertThat(SubjectKeyBackup.export(ledger.keys(), new StringWriter())).as("no key").isZero();
        }
    }

    @Test
    void aLedgerWhoseKeyStoreHoldsAKey_isRefused_beforeAnyEventIsWritten() throws Exception {
        Path target = temp.resolve("target");
        try (LedgerFiles ledger = LedgerFiles.open(List.of(ProgrammeFile.read(plan)), province(), target,
                Optional.empty())) {
            // a key left by an import that failed after its events, say (one of the backup's own, so that the master
            // key opens the store): restore would keep what the store holds over the backup's
            try (BufferedReader keys = Files.newBufferedReader(BackupPart.KEYS.fileOf(backup))) {
                ledger.keys().restore(SubjectKeyBackup.read(keys, "keys").get(0));
            }
        }
        StringWriter err = new StringWriter();

        int code = run(new ImportCommand(), err, "--plan", plan.toString(), "--ledger", target.toString(), "--file",
                backup.toString(), "--master-key-file", masterKey.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(err.toString()).contains("The ledger's key store is not empty (1 keys)");
        try (LedgerFiles ledger = LedgerFiles.open(List.of(ProgrammeFile.read(plan)), province(), target,
                Optional.empty())) {
            assertThat(ledger.store().lastSequence()).as("no event").isZero();
        }
    }

    @Test
    void theSameFile_isRestored_throughTheSameSeam() {
        Path target = temp.resolve("target");
        ImportCommand command = new ImportCommand();
        command.afterCheck = () -> write(backup, readAllLines(backup)); // the same bytes written again
        StringWriter err = new StringWriter();

        int code = run(command, err, "--plan", plan.toString(), "--ledger", target.toString(), "--file",
                backup.toString(), "--master-key-file", masterKey.toString());

        assertThat(code).as(err.toString()).isZero();
    }

    private ProvinceData province() {
        return ProvinceData.resolve(ProgrammeFile.read(plan), Optional.empty(), Optional.empty());
    }

    private static int run(ImportCommand command, StringWriter err, String... args) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler(ExitCodes::handle);
        return commandLine.execute(args);
    }

    private static List<String> readAllLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, List<String> lines) {
        try (Writer out = Files.newBufferedWriter(file)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
