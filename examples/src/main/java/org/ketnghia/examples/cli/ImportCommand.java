package org.ketnghia.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.privacy.AccessLogBackup;
import org.ketnghia.core.privacy.AccessLogEntry;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.SubjectKeyBackup;
import org.ketnghia.core.privacy.SubjectKeyStore;
import org.ketnghia.examples.host.LedgerAccessLog;
import org.ketnghia.examples.host.LedgerFiles;
import org.ketnghia.store.jdbc.BackupManifest;
import org.ketnghia.store.jdbc.BackupPart;
import org.ketnghia.store.jdbc.BackupPartInputStream;
import org.ketnghia.store.jdbc.BackupPartSummary;
import org.ketnghia.store.jdbc.LedgerBackup;
import org.ketnghia.store.jdbc.StoreErrorCode;
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
 * readable, the hash chain whole, {@link org.ketnghia.store.jdbc.LedgerBackup#check}), the keys (every line a
 * subject's key, {@link SubjectKeyBackup#read}) and the access log (every line an entry, its chain whole, {@link
 * AccessLogBackup#read}). When {@code <file>.manifest} is beside them ({@link BackupManifest}, which every export
 * writes since it was introduced), every part is also checked against it: each part it names is there with the size,
 * lines and SHA-256 recorded, and no part it does not name is there; so a part deleted, a part cut exactly at a line's end, a keys line lost whole and a part of another export (a backup
 * left half rewritten) are found, which no part's own check can see. A backup without a manifest (every backup
 * recorded before) imports as before, with a notice on stderr that its completeness cannot be checked. With a master
 * key ({@code --master-key-file} or {@code KETNGHIA_MASTER_KEY}), it must unwrap every data key of the keys part
 * ({@link SubjectKeyBackup#checkMasterKey}), checked here too: the events are checked masked, and a wrong key would
 * otherwise show only after the keys are written.
 *
 * <p>A part missing, cut short, altered or from another export, or a wrong master key, refuses the import with exit
 * code {@value ExitCodes#LEDGER}, naming the file, the line or entry and the rule ({@code STORE_BACKUP_UNREADABLE},
 * {@code STORE_CHAIN_BROKEN}, {@code PRIVACY_KEY_STORE_UNAVAILABLE}, {@code PRIVACY_ACCESS_LOG_UNREADABLE}, {@code
 * PRIVACY_ACCESS_LOG_BROKEN}, {@code STORE_BACKUP_MANIFEST_UNREADABLE}, {@code STORE_BACKUP_PART_MISSING}, {@code
 * STORE_BACKUP_PART_DIFFERS}, {@code STORE_BACKUP_PART_NOT_LISTED}, {@code
 * STORE_BACKUP_MANIFEST_MISSING} with {@code --require-manifest}, {@code PRIVACY_MASTER_KEY_WRONG}; every problem at
 * once), and nothing is imported: {@code --ledger} is left as it was, or not created. A ledger whose log already
 * holds reads is refused the same way as one that holds events.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Khôi phục sổ cái từ tệp JSON Lines vào sổ cái trống, sau khi kiểm tra mọi mã băm; cùng <tệp>.keys"
                + " và <tệp>.access-log (nhật ký truy cập dữ liệu cá nhân) nếu có bên cạnh. Mọi phần được kiểm tra trước"
                + " khi ghi: một phần hỏng (một dòng bị cắt, một mục bị sửa) thì không khôi phục gì và --ledger vẫn"
                + " như cũ. Nếu có <tệp>.manifest (bảng kê do lệnh export ghi), mỗi phần còn được đối chiếu với bảng kê"
                + " (số byte, số dòng, mã SHA-256): phát hiện một phần bị mất, bị cắt đúng cuối dòng, mất nguyên một"
                + " dòng khóa, hay thuộc một lần sao lưu khác. Bản sao lưu không có bảng kê (ghi trước khi có bảng kê)"
                + " vẫn khôi phục như trước, kèm một lưu ý trên stderr. Khi có khóa chủ, khóa chủ phải mở được mọi khóa"
                + " dữ liệu của <tệp>.keys, nếu không thì không ghi gì.",
            "Restore a JSON Lines backup into an empty ledger, after checking every hash; with <file>.keys and"
                + " <file>.access-log (the access log of personal-data reads) when they are beside it. Every part is"
                + " checked before anything is written: a broken part (a line cut short, an entry altered) restores"
                + " nothing and leaves --ledger as it was. With <file>.manifest (written by export), every part is also"
                + " checked against it (bytes, lines, SHA-256): a part missing, cut exactly at a line's end, a keys line"
                + " lost whole, or a part of another export is refused. A backup without a manifest (recorded before"
                + " manifests) imports as before, with a notice on stderr. With a master key, it must unwrap every data"
                + " key of <file>.keys, or nothing is written."})
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE", description = "Tệp sao lưu / backup file")
    Path file;

    @Option(names = "--require-manifest", description = {"Chỉ khôi phục khi có <tệp>.manifest: không có bảng kê thì từ"
            + " chối (STORE_BACKUP_MANIFEST_MISSING), không ghi gì.", "Restore only with <file>.manifest: without it the"
            + " import is refused (STORE_BACKUP_MANIFEST_MISSING) and nothing is written."})
    boolean requireManifest;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Không có tệp / no such file: " + file);
        }
        Path accessLogFile = BackupPart.ACCESS_LOG.fileOf(file);
        // every part is checked before the ledger is opened, which creates it: a refused import leaves --ledger as it was
        CheckedParts checked = checkEveryPart();
        Optional<List<SubjectKeyStore.Entry>> keys = checked.keys();
        Optional<List<AccessLogEntry>> reads = checked.reads();
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

    /** The parts of a backup read and checked, to restore: its keys and its reads, when it has them. */
    private record CheckedParts(Optional<List<SubjectKeyStore.Entry>> keys, Optional<List<AccessLogEntry>> reads) {
    }

    /**
     * Reads and checks every part of the backup, writing nothing: the manifest when there is one, the events, the keys,
     * the access log, every part against the manifest, and the master key, when given, against the keys.
     *
     * @throws KetnghiaException with every problem found, when any part is refused
     */
    private CheckedParts checkEveryPart() {
        Path keysFile = BackupPart.KEYS.fileOf(file);
        Path accessLogFile = BackupPart.ACCESS_LOG.fileOf(file);
        Path manifestFile = BackupManifest.fileOf(file);
        List<Problem> refused = new ArrayList<>();
        boolean hasManifest = Files.exists(manifestFile);
        if (!hasManifest && requireManifest) {
            refused.add(Problem.of(StoreErrorCode.STORE_BACKUP_MANIFEST_MISSING, "--file", manifestFile));
        } else if (!hasManifest) {
            spec.commandLine().getErr().println("Lưu ý: không có bảng kê " + manifestFile.getFileName() + ", nên không"
                    + " kiểm tra được bản sao lưu có đủ các phần hay không (bản sao lưu ghi trước khi có bảng kê). / Notice:"
                    + " no manifest: the parts' completeness cannot be checked (" + manifestFile + " is absent; a backup"
                    + " recorded before manifests has none).");
        }
        Optional<BackupManifest> manifest = hasManifest
                ? checked(refused, () -> readManifest(manifestFile)) : Optional.empty();
        // each part is summarized (size, lines, SHA-256) by the read that checks it: the manifest check reads none again
        Map<BackupPart, BackupPartSummary> read = new EnumMap<>(BackupPart.class);
        checkedThat(refused, () -> checkEvents(read));
        Optional<List<SubjectKeyStore.Entry>> keys = Files.isRegularFile(keysFile)
                ? checked(refused, () -> readPart(keysFile, BackupPart.KEYS, read,
                        reader -> SubjectKeyBackup.read(reader, keysFile.toString())))
                : Optional.empty();
        Optional<List<AccessLogEntry>> reads = Files.isRegularFile(accessLogFile)
                ? checked(refused, () -> readPart(accessLogFile, BackupPart.ACCESS_LOG, read,
                        reader -> AccessLogBackup.read(reader, accessLogFile.toString())))
                : Optional.empty();
        if (manifest.isPresent()) {
            refused.addAll(manifest.get().check(file, manifestFile.toString(), read));
        }
        Optional<MasterKey> masterKey = checked(refused, options::masterKey).flatMap(given -> given);
        if (keys.isPresent() && masterKey.isPresent()) {
            // the events are checked masked: a wrong master key would otherwise show only once the keys are written
            checkedThat(refused, () -> SubjectKeyBackup.checkMasterKey(keys.get(), masterKey.get()));
        }
        if (!refused.isEmpty()) {
            throw new KetnghiaException(refused);
        }
        return new CheckedParts(keys, reads);
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

    /** A check that gives nothing back, its problems added to {@code refused} as {@link #checked} adds a part's. */
    private static void checkedThat(List<Problem> refused, Runnable check) {
        checked(refused, () -> {
            check.run();
            return true;
        });
    }

    /**
     * The events file read and its whole chain checked ({@link LedgerBackup#check}), its summary put in {@code read};
     * its problems placed under the file's name, since they name only the line or the event.
     */
    private void checkEvents(Map<BackupPart, BackupPartSummary> read) {
        try {
            readPart(file, BackupPart.EVENTS, read,
                    reader -> LedgerFiles.backupChecker(options.programmeFiles(), options.province()).check(reader));
        } catch (KetnghiaException e) {
            throw e.within(file.toString());
        }
    }

    /** The backup's manifest ({@link BackupManifest#read}), naming its file in errors. */
    private static BackupManifest readManifest(Path manifestFile) {
        try (BufferedReader reader = lenientReader(manifestFile)) {
            return BackupManifest.read(reader, manifestFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A part of the backup read by {@code reading}, its summary put in {@code read} as it was read ({@link
     * BackupPartInputStream}), the rest of it read to the end when {@code reading} stops at a bad line: so a part
     * refused is still compared with the manifest, and no part is read a second time just to hash it.
     */
    private static <T> T readPart(Path part, BackupPart which, Map<BackupPart, BackupPartSummary> read,
            Function<BufferedReader, T> reading) {
        try (BackupPartInputStream bytes = new BackupPartInputStream(Files.newInputStream(part))) {
            try {
                return reading.apply(lenientReader(bytes));
            } finally {
                read.put(which, bytes.summary(part.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A part of the backup as UTF-8. Malformed UTF-8 is read as U+FFFD rather than refused, so that a file cut inside a
     * character is named at its line like any other line cut short (and a replaced character breaks the line's hash).
     */
    private static BufferedReader lenientReader(Path part) throws IOException {
        return lenientReader(Files.newInputStream(part));
    }

    private static BufferedReader lenientReader(InputStream part) {
        return new BufferedReader(new InputStreamReader(part, StandardCharsets.UTF_8));
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
