package org.ketnghia.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ketnghia.core.privacy.AccessLogBackup;
import org.ketnghia.core.privacy.AccessLogEntry;
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
 * <p>The access-log file is read and its whole chain verified before the ledger is even opened: a line that is not an
 * entry (cut short) or a broken chain (an altered entry, one removed) refuses the import with exit code {@value
 * ExitCodes#LEDGER}, naming the file and the entry ({@code PRIVACY_ACCESS_LOG_UNREADABLE}, {@code
 * PRIVACY_ACCESS_LOG_BROKEN}), and nothing is imported: {@code --ledger} is left as it was. A ledger whose log already
 * holds reads is refused the same way as one that holds events.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Khôi phục sổ cái từ tệp JSON Lines vào sổ cái trống, sau khi kiểm tra mọi mã băm; cùng <tệp>.keys"
                + " và <tệp>.access-log (nhật ký truy cập dữ liệu cá nhân) nếu có bên cạnh. Nhật ký hỏng (một dòng bị"
                + " cắt, một mục bị sửa) thì không khôi phục gì.",
            "Restore a JSON Lines backup into an empty ledger, after checking every hash; with <file>.keys and"
                + " <file>.access-log (the access log of personal-data reads) when they are beside it. A broken log (a"
                + " line cut short, an entry altered) restores nothing."})
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
        Path accessLogFile = PersonalDataCommands.accessLogFileOf(file);
        try {
            // checked before the ledger is opened: a broken log leaves --ledger as it was
            Optional<List<AccessLogEntry>> reads = Files.isRegularFile(accessLogFile)
                    ? Optional.of(readAccessLog(accessLogFile)) : Optional.empty();
            try (LedgerFiles files = LedgerCommands.openFiles(options)) {
                if (files.store().lastSequence() > 0) {
                    throw new ExitCodes.LedgerProblem("Sổ cái " + options.ledger() + " đã có " + files.store().lastSequence()
                            + " sự kiện; chỉ khôi phục vào sổ cái trống. / The ledger is not empty; restore needs an empty ledger.");
                }
                if (reads.isEmpty()) {
                    printRestored(restoreKeysAndEvents(files));
                    return ExitCodes.OK;
                }
                try (LedgerAccessLog accessLog = LedgerAccessLog.open(options.ledger())) {
                    int held = accessLog.log().entries().size();
                    if (held > 0) {
                        throw new ExitCodes.LedgerProblem("Nhật ký truy cập của sổ cái " + options.ledger() + " đã có "
                                + held + " lượt đọc; chỉ khôi phục vào sổ cái trống. / The ledger's access log is not"
                                + " empty; restore needs an empty ledger.");
                    }
                    long events = restoreKeysAndEvents(files);
                    long restored = accessLog.restore(reads.get(), accessLogFile.toString());
                    spec.commandLine().getOut().println("Đã khôi phục nhật ký truy cập dữ liệu cá nhân / restored the"
                            + " access log: " + restored + " lượt đọc / reads, chuỗi băm toàn vẹn / chain intact");
                    printRestored(events);
                    return ExitCodes.OK;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The access-log file read and verified. Malformed UTF-8 is read as U+FFFD rather than refused, so that a file cut
     * inside a character is named at its entry and line like any other line cut short.
     */
    private static List<AccessLogEntry> readAccessLog(Path accessLogFile) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(accessLogFile),
                StandardCharsets.UTF_8))) {
            return AccessLogBackup.read(reader, accessLogFile.toString());
        }
    }

    /** The subjects' keys, when beside the backup, then the events; returns the events restored. */
    private long restoreKeysAndEvents(LedgerFiles files) throws IOException {
        Path keys = PersonalDataCommands.keysFileOf(file);
        if (Files.isRegularFile(keys)) {
            // the subjects' keys stay wrapped: the ledger restored is read with the same master key
            try (BufferedReader reader = Files.newBufferedReader(keys, StandardCharsets.UTF_8)) {
                org.ketnghia.core.privacy.SubjectKeyBackup.restore(reader, files.keys());
            }
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return files.backup().restore(reader, files.store());
        }
    }

    private void printRestored(long events) {
        spec.commandLine().getOut().println("Đã khôi phục / restored " + events + " sự kiện / events into " + options.ledger());
    }
}
