package org.ketnghia.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.privacy.AccessLogBackup;
import org.ketnghia.core.privacy.AccessLogEntry;
import org.ketnghia.core.privacy.SubjectKeyBackup;
import org.ketnghia.core.privacy.SubjectKeyStore;
import org.ketnghia.examples.host.LedgerAccessLog;
import org.ketnghia.examples.host.LedgerFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code import}: restores a backup written by {@link ExportCommand} into an empty ledger, after checking every hash:
 * the events file ({@code --file}) and, when they are beside it, {@code <file>.keys} (the subjects' wrapped keys) and
 * {@code <file>.access-log} (the access log of personal-data reads, restored into the ledger's table as it was, so that
 * its chain goes on there). A backup of an earlier version, without an access-log file, imports as it always has, and
 * the new ledger's log starts empty.
 *
 * <p>Every part is read and checked before the ledger is even opened (opening creates it): the events (every line
 * readable, the hash chain whole, {@link org.ketnghia.store.jdbc.LedgerBackup#check}), the keys (every line a subject's
 * key, {@link SubjectKeyBackup#read}) and the access log (every line an entry, its chain whole, {@link
 * AccessLogBackup#read}). A part cut short or altered refuses the import with exit code {@value ExitCodes#LEDGER},
 * naming the file, the line or entry and the rule ({@code STORE_BACKUP_UNREADABLE}, {@code STORE_CHAIN_BROKEN}, {@code
 * PRIVACY_KEY_STORE_UNAVAILABLE}, {@code PRIVACY_ACCESS_LOG_UNREADABLE}, {@code PRIVACY_ACCESS_LOG_BROKEN}; every
 * broken part at once), and nothing is imported: {@code --ledger} is left as it was, or not created. A ledger whose log
 * already holds reads is refused the same way as one that holds events.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Khôi phục sổ cái từ tệp JSON Lines vào sổ cái trống, sau khi kiểm tra mọi mã băm; cùng <tệp>.keys"
                + " và <tệp>.access-log (nhật ký truy cập dữ liệu cá nhân) nếu có bên cạnh. Mọi phần được kiểm tra trước"
                + " khi ghi: một phần hỏng (một dòng bị cắt, một mục bị sửa) thì không khôi phục gì và --ledger vẫn"
                + " như cũ.",
            "Restore a JSON Lines backup into an empty ledger, after checking every hash; with <file>.keys and"
                + " <file>.access-log (the access log of personal-data reads) when they are beside it. Every part is"
                + " checked before anything is written: a broken part (a line cut short, an entry altered) restores"
                + " nothing and leaves --ledger as it was."})
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE", description = "Tệp sao lưu / backup file")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Không có tệp / no such file: " + file);
        }
        Path keysFile = PersonalDataCommands.keysFileOf(file);
        Path accessLogFile = PersonalDataCommands.accessLogFileOf(file);
        // every part is checked before the ledger is opened, which creates it: a refused import leaves --ledger as it was
        List<Problem> refused = new ArrayList<>();
        checked(refused, this::checkEvents);
        Optional<List<SubjectKeyStore.Entry>> keys = Files.isRegularFile(keysFile)
                ? checked(refused, () -> readKeys(keysFile)) : Optional.empty();
        Optional<List<AccessLogEntry>> reads = Files.isRegularFile(accessLogFile)
                ? checked(refused, () -> readAccessLog(accessLogFile)) : Optional.empty();
        if (!refused.isEmpty()) {
            throw new KetnghiaException(refused);
        }
        try (LedgerFiles files = LedgerCommands.openFiles(options)) {
            if (files.store().lastSequence() > 0) {
                throw new ExitCodes.LedgerProblem("Sổ cái " + options.ledger() + " đã có " + files.store().lastSequence()
                        + " sự kiện; chỉ khôi phục vào sổ cái trống. / The ledger is not empty; restore needs an empty ledger.");
            }
            if (reads.isEmpty()) {
                printRestored(restoreKeysAndEvents(files, keys));
                return ExitCodes.OK;
            }
            try (LedgerAccessLog accessLog = LedgerAccessLog.open(options.ledger())) {
                int held = accessLog.log().entries().size();
                if (held > 0) {
                    throw new ExitCodes.LedgerProblem("Nhật ký truy cập của sổ cái " + options.ledger() + " đã có "
                            + held + " lượt đọc; chỉ khôi phục vào sổ cái trống. / The ledger's access log is not"
                            + " empty; restore needs an empty ledger.");
                }
                long events = restoreKeysAndEvents(files, keys);
                long restored = accessLog.restore(reads.get(), accessLogFile.toString());
                spec.commandLine().getOut().println("Đã khôi phục nhật ký truy cập dữ liệu cá nhân / restored the"
                        + " access log: " + restored + " lượt đọc / reads, chuỗi băm toàn vẹn / chain intact");
                printRestored(events);
                return ExitCodes.OK;
            }
        }
    }

    /**
     * A part of the backup read and checked, or empty with its problems added to {@code refused}: every part is checked
     * before the import is refused, so that whoever mends the backup sees every broken part at once.
     */
    private static <T> Optional<T> checked(List<Problem> refused, Supplier<T> part) {
        try {
            return Optional.of(part.get());
        } catch (KetnghiaException e) {
            refused.addAll(e.problems());
            return Optional.empty();
        }
    }

    /**
     * The events file read and its whole chain checked ({@link org.ketnghia.store.jdbc.LedgerBackup#check}); its
     * problems placed under the file's name, since they name only the line or the event.
     */
    private Long checkEvents() {
        try (BufferedReader reader = lenientReader(file)) {
            return LedgerFiles.backupChecker(options.programmeFiles(), options.province()).check(reader);
        } catch (KetnghiaException e) {
            throw e.within(file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys file read whole ({@link SubjectKeyBackup#read}), naming it in errors. */
    private static List<SubjectKeyStore.Entry> readKeys(Path keysFile) {
        try (BufferedReader reader = lenientReader(keysFile)) {
            return SubjectKeyBackup.read(reader, keysFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The access-log file read and verified ({@link AccessLogBackup#read}). */
    private static List<AccessLogEntry> readAccessLog(Path accessLogFile) {
        try (BufferedReader reader = lenientReader(accessLogFile)) {
            return AccessLogBackup.read(reader, accessLogFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A part of the backup as UTF-8. Malformed UTF-8 is read as U+FFFD rather than refused, so that a file cut inside a
     * character is named at its line like any other line cut short (and a replaced character breaks the line's hash).
     */
    private static BufferedReader lenientReader(Path part) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(part), StandardCharsets.UTF_8));
    }

    /** The subjects' keys, when the backup has them, then the events, both checked already; returns the events restored. */
    private long restoreKeysAndEvents(LedgerFiles files, Optional<List<SubjectKeyStore.Entry>> keys) {
        // the subjects' keys stay wrapped: the ledger restored is read with the same master key
        keys.ifPresent(entries -> SubjectKeyBackup.restore(entries, files.keys()));
        try (BufferedReader reader = lenientReader(file)) {
            return files.backup().restore(reader, files.store());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printRestored(long events) {
        spec.commandLine().getOut().println("Đã khôi phục / restored " + events + " sự kiện / events into " + options.ledger());
    }
}
