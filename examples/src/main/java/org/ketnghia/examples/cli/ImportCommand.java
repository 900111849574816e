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
 * <p>The manifest's signature ({@link org.ketnghia.store.jdbc.BackupManifestSignature}, which an export with a master
 * key writes): with a master key, a signed manifest must verify ({@code STORE_BACKUP_MANIFEST_SIGNATURE_INVALID}
 * otherwise, naming the manifest: altered after the export, as whoever rewrites a part and recomputes its chain and its
 * manifest must, or signed with another master key); an unsigned manifest (an export without a master key, or before
 * signatures) imports as before with a notice on stderr that its parts could have been rewritten together with it.
 * Without a master key, a signed manifest is checked for everything but its signature, with a notice that the
 * signature could not be checked. {@code --require-signature} (which needs the master key) refuses an unsigned manifest
 * ({@code STORE_BACKUP_MANIFEST_UNSIGNED}) and a backup without one ({@code STORE_BACKUP_MANIFEST_MISSING}).
 *
 * <p>The events restored are the very file checked: it is read again to be restored, and its bytes, lines and SHA-256
 * as read then are compared with those the check read, before anything is written ({@code STORE_BACKUP_PART_CHANGED}
 * otherwise: the file was changed or replaced in between; the ledger, opened by then, is left empty). The keys and the
 * access log are restored from what the check read.
 *
 * <p>A part missing, cut short, altered or from another export, or a wrong master key, refuses the import with exit
 * code {@value ExitCodes#LEDGER}, naming the file, the line or entry and the rule ({@code STORE_BACKUP_UNREADABLE},
 * {@code STORE_CHAIN_BROKEN}, {@code PRIVACY_KEY_STORE_UNAVAILABLE}, {@code PRIVACY_ACCESS_LOG_UNREADABLE}, {@code
 * PRIVACY_ACCESS_LOG_BROKEN}, {@code STORE_BACKUP_MANIFEST_UNREADABLE}, {@code STORE_BACKUP_PART_MISSING}, {@code
 * STORE_BACKUP_PART_DIFFERS}, {@code STORE_BACKUP_PART_NOT_LISTED}, {@code
 * STORE_BACKUP_MANIFEST_MISSING} with {@code --require-manifest} or {@code --require-signature}, {@code
 * STORE_BACKUP_MANIFEST_SIGNATURE_INVALID}, {@code STORE_BACKUP_MANIFEST_UNSIGNED} with {@code --require-signature},
 * {@code PRIVACY_MASTER_KEY_WRONG}; every problem at once), and nothing is imported: {@code --ledger} is left as it was, or not created. A ledger whose log already
 * holds reads, or whose key store holds a key (which restoring would keep over the backup's), is refused the same way
 * as one that holds events, before anything is written.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Khôi phục sổ cái từ tệp JSON Lines vào sổ cái trống, sau khi kiểm tra mọi mã băm; cùng <tệp>.keys"
                + " và <tệp>.access-log (nhật ký truy cập dữ liệu cá nhân) nếu có bên cạnh. Mọi phần được kiểm tra trước"
                + " khi ghi: một phần hỏng (một dòng bị cắt, một mục bị sửa) thì không khôi phục gì và --ledger vẫn"
                + " như cũ. Nếu có <tệp>.manifest (bảng kê do lệnh export ghi), mỗi phần còn được đối chiếu với bảng kê"
                + " (số byte, số dòng, mã SHA-256): phát hiện một phần bị mất, bị cắt đúng cuối dòng, mất nguyên một"
                + " dòng khóa, hay thuộc một lần sao lưu khác. Bản sao lưu không có bảng kê (ghi trước khi có bảng kê)"
                + " vẫn khôi phục như trước, kèm một lưu ý trên stderr. Khi có khóa chủ, khóa chủ phải mở được mọi khóa"
                + " dữ liệu của <tệp>.keys, nếu không thì không ghi gì. Khi có khóa chủ, bảng kê có chữ ký phải có chữ ký"
                + " hợp lệ (nếu không: STORE_BACKUP_MANIFEST_SIGNATURE_INVALID, không ghi gì); bảng kê không có chữ ký vẫn"
                + " khôi phục, kèm lưu ý rằng các phần có thể đã bị sửa cùng bảng kê. Không có khóa chủ thì không kiểm tra"
                + " được chữ ký, kèm một lưu ý. Tệp sự kiện được khôi phục đúng là tệp đã kiểm tra: nếu nó thay đổi giữa"
                + " lúc kiểm tra và lúc khôi phục thì không ghi gì (STORE_BACKUP_PART_CHANGED).",
            "Restore a JSON Lines backup into an empty ledger, after checking every hash; with <file>.keys and"
                + " <file>.access-log (the access log of personal-data reads) when they are beside it. Every part is"
                + " checked before anything is written: a broken part (a line cut short, an entry altered) restores"
                + " nothing and leaves --ledger as it was. With <file>.manifest (written by export), every part is also"
                + " checked against it (bytes, lines, SHA-256): a part missing, cut exactly at a line's end, a keys line"
                + " lost whole, or a part of another export is refused. A backup without a manifest (recorded before"
                + " manifests) imports as before, with a notice on stderr. With a master key, it must unwrap every data"
                + " key of <file>.keys, or nothing is written. With a master key, a signed manifest must verify (otherwise"
                + " STORE_BACKUP_MANIFEST_SIGNATURE_INVALID, nothing written); an unsigned one imports with a notice that"
                + " the parts could have been rewritten together with it. Without a master key the signature cannot be"
                + " checked, with a notice. The events restored are the file checked: one changed between the check and"
                + " the restore is refused (STORE_BACKUP_PART_CHANGED) and nothing is written."})
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE", description = "Tệp sao lưu / backup file")
    Path file;

    @Option(names = "--require-manifest", description = {"Chỉ khôi phục khi có <tệp>.manifest: không có bảng kê thì từ"
            + " chối (STORE_BACKUP_MANIFEST_MISSING), không ghi gì.", "Restore only with <file>.manifest: without it the"
            + " import is refused (STORE_BACKUP_MANIFEST_MISSING) and nothing is written."})
    boolean requireManifest;

    @Option(names = "--require-signature", description = {"Chỉ khôi phục khi bảng kê <tệp>.manifest có chữ ký hợp lệ"
            + " với khóa chủ đã cho (cần --master-key-file hoặc KETNGHIA_MASTER_KEY): bảng kê không có chữ ký thì từ chối"
            + " (STORE_BACKUP_MANIFEST_UNSIGNED), không có bảng kê thì từ chối (STORE_BACKUP_MANIFEST_MISSING), không"
            + " ghi gì.", "Restore only when <file>.manifest carries a signature that verifies with the master key given"
            + " (needs --master-key-file or KETNGHIA_MASTER_KEY): an unsigned manifest is refused"
            + " (STORE_BACKUP_MANIFEST_UNSIGNED), and so is a backup without one (STORE_BACKUP_MANIFEST_MISSING); nothing"
            + " is written."})
    boolean requireSignature;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs once every part is checked, before the ledger is opened and anything restored: nothing, but a test's
     * seam for changing the backup in between (the restore must then refuse it). Package-private for that test alone.
     */
    Runnable afterCheck = () -> { };

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Không có tệp / no such file: " + file);
        }
        if (requireSignature && options.masterKey().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--require-signature cần khóa chủ để kiểm tra"
                    + " chữ ký của bảng kê: hãy dùng " + ProgrammeOptions.MASTER_KEY_OPTION + " TỆP hoặc biến môi trường "
                    + MasterKey.ENVIRONMENT_VARIABLE + ". / --require-signature needs the master key to check the"
                    + " manifest's signature: give " + ProgrammeOptions.MASTER_KEY_OPTION + " FILE or set "
                    + MasterKey.ENVIRONMENT_VARIABLE + ".");
        }
        Path accessLogFile = BackupPart.ACCESS_LOG.fileOf(file);
        // every part is checked before the ledger is opened, which creates it: a refused import leaves --ledger as it was
        CheckedParts checked = checkEveryPart();
        afterCheck.run();
        Optional<List<AccessLogEntry>> reads = checked.reads();
        try (LedgerFiles files = LedgerCommands.openFiles(options)) {
            if (files.store().lastSequence() > 0) {
                throw new ExitCodes.LedgerProblem("Sổ cái " + options.ledger() + " đã có " + files.store().lastSequence()
                        + " sự kiện; chỉ khôi phục vào sổ cái trống. / The ledger is not empty; restore needs an empty ledger.");
            }
            // the keys are written after the events, and a key already held is kept rather than the backup's: a key store
            // that is not empty is refused now, before any event is written, as a ledger holding events is
            int keysHeld = files.keys().entries().size();
            if (keysHeld > 0) {
                throw new ExitCodes.LedgerProblem("Kho khóa của sổ cái " + options.ledger() + " đã có " + keysHeld
                        + " khóa dữ liệu; chỉ khôi phục vào sổ cái trống. / The ledger's key store is not empty ("
                        + keysHeld + " keys): a key it holds would be kept instead of the backup's; restore needs an"
                        + " empty ledger.");
            }
            if (reads.isEmpty()) {
                printRestored(restoreEventsAndKeys(files, checked), files);
                return ExitCodes.OK;
            }
            try (LedgerAccessLog accessLog = LedgerAccessLog.open(options.ledger())) {
                int held = accessLog.log().entries().size();
                if (held > 0) {
                    throw new ExitCodes.LedgerProblem("Nhật ký truy cập của sổ cái " + options.ledger() + " đã có "
                            + held + " lượt đọc; chỉ khôi phục vào sổ cái trống. / The ledger's access log is not"
                            + " empty; restore needs an empty ledger.");
                }
                long events = restoreEventsAndKeys(files, checked);
                long restored = accessLog.restore(reads.get(), accessLogFile.toString());
                spec.commandLine().getOut().println("Đã khôi phục nhật ký truy cập dữ liệu cá nhân / restored the"
                        + " access log: " + restored + " lượt đọc / reads, chuỗi băm toàn vẹn / chain intact");
                printRestored(events, files);
                return ExitCodes.OK;
            }
        }
    }

    /**
     * The parts of a backup read and checked, to restore: the events file as the check read it (its summary, and the
     * backup tool that checked it), its keys and its reads, when it has them.
     */
    private record CheckedParts(LedgerBackup checker, BackupPartSummary events,
            Optional<List<SubjectKeyStore.Entry>> keys, Optional<List<AccessLogEntry>> reads) {
    }

    /**
     * Reads and checks every part of the backup, writing nothing: the manifest when there is one, the events, the keys,
     * the access log, every part against the manifest, the manifest's signature, and the master key, when given,
     * against the keys.
     *
     * @throws KetnghiaException with every problem found, when any part is refused
     */
    private CheckedParts checkEveryPart() {
        Path keysFile = BackupPart.KEYS.fileOf(file);
        Path accessLogFile = BackupPart.ACCESS_LOG.fileOf(file);
        Path manifestFile = BackupManifest.fileOf(file);
        List<Problem> refused = new ArrayList<>();
        boolean hasManifest = Files.exists(manifestFile);
        if (!hasManifest && (requireManifest || requireSignature)) {
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
        LedgerBackup checker = LedgerFiles.backupChecker(options.programmeFiles(), options.province());
        checkedThat(refused, () -> checkEvents(checker, read));
        Optional<List<SubjectKeyStore.Entry>> keys = Files.isRegularFile(keysFile)
                ? checked(refused, () -> readPart(keysFile, BackupPart.KEYS, read,
                        reader -> SubjectKeyBackup.read(reader, keysFile.toString())))
                : Optional.empty();
        Optional<List<AccessLogEntry>> reads = Files.isRegularFile(accessLogFile)
                ? checked(refused, () -> readPart(accessLogFile, BackupPart.ACCESS_LOG, read,
                        reader -> AccessLogBackup.read(reader, accessLogFile.toString())))
                : Optional.empty();
        Optional<MasterKey> masterKey = checked(refused, options::masterKey).flatMap(given -> given);
        if (manifest.isPresent()) {
            refused.addAll(manifest.get().check(file, manifestFile.toString(), read));
            refused.addAll(checkSignature(manifest.get(), manifestFile, masterKey));
        }
        if (keys.isPresent() && masterKey.isPresent()) {
            // the events are checked masked: a wrong master key would otherwise show only once the keys are written
            checkedThat(refused, () -> SubjectKeyBackup.checkMasterKey(keys.get(), masterKey.get()));
        }
        if (!refused.isEmpty()) {
            throw new KetnghiaException(refused);
        }
        return new CheckedParts(checker, read.get(BackupPart.EVENTS), keys, reads);
    }

    /**
     * The manifest's signature checked with the master key, when both are there; otherwise a notice on stderr of what
     * could not be checked, or, with {@code --require-signature}, the unsigned manifest refused.
     *
     * @return the problems: {@link StoreErrorCode#STORE_BACKUP_MANIFEST_SIGNATURE_INVALID} or {@link
     *     StoreErrorCode#STORE_BACKUP_MANIFEST_UNSIGNED}, naming the manifest's file; empty otherwise
     */
    private List<Problem> checkSignature(BackupManifest manifest, Path manifestFile, Optional<MasterKey> masterKey) {
        if (manifest.signature().isEmpty()) {
            if (requireSignature) {
                return manifest.checkSignature(masterKey.orElseThrow(), manifestFile.toString());
            }
            spec.commandLine().getErr().println("Lưu ý: bảng kê " + manifestFile.getFileName() + " không có chữ ký, nên các"
                    + " phần của bản sao lưu có thể đã bị sửa cùng với bảng kê mà không phát hiện được (xuất có khóa chủ"
                    + " thì bảng kê được ký). / Notice: the manifest is unsigned: the backup's parts could have been"
                    + " rewritten together with it (" + manifestFile + "; an export with a master key signs it).");
            return List.of();
        }
        if (masterKey.isEmpty()) {
            spec.commandLine().getErr().println("Lưu ý: không có khóa chủ, nên không kiểm tra được chữ ký của bảng kê "
                    + manifestFile.getFileName() + "; các phần vẫn được đối chiếu với bảng kê. / Notice: no master key:"
                    + " the manifest's signature could not be checked (" + manifestFile + "); the parts are still"
                    + " checked against it.");
            return List.of();
        }
        return manifest.checkSignature(masterKey.get(), manifestFile.toString());
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
    private void checkEvents(LedgerBackup checker, Map<BackupPart, BackupPartSummary> read) {
        try {
            readPart(file, BackupPart.EVENTS, read, checker::check);
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

    /**
     * The events, then the subjects' keys when the backup has them, both checked already; returns the events restored.
     *
     * <p>The events file is read again to be restored, and what is read is compared with what the check read (its
     * bytes, lines and SHA-256, {@link LedgerBackup#restore(BackupPartInputStream, String, BackupPartSummary,
     * org.ketnghia.core.ledger.EventStore)}) before anything is written: a file changed or replaced since the check,
     * even by a backup whose chain holds, is refused ({@link StoreErrorCode#STORE_BACKUP_PART_CHANGED}), and the
     * ledger, opened empty, is left empty. The comparison comes first because nothing written can be taken back: the
     * events are appended in batches, each committed, and the ledger has no way to remove them. So the events are read
     * by the tool that checked them (personal fields masked; the hashes cover the stored bytes, which are appended as
     * they are), which needs no key, and the keys, read whole by the check and held since, are written only once the
     * events are. The keys and the access log are not read again.
     */
    private long restoreEventsAndKeys(LedgerFiles files, CheckedParts checked) {
        long events;
        try (BackupPartInputStream bytes = new BackupPartInputStream(Files.newInputStream(file))) {
            events = checked.checker().restore(bytes, file.toString(), checked.events(), files.store());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the subjects' keys stay wrapped: the ledger restored is read with the same master key
        checked.keys().ifPresent(entries -> SubjectKeyBackup.restore(entries, files.keys()));
        return events;
    }

    /**
     * What was restored, with the ledger's last event and hash: a genuine but other backup (an earlier one of the same
     * ledger, or another ledger's signed with the same master key) passes every check, and only this position, compared
     * with the one the ledger is known to have reached (every report's cover names it), tells it apart.
     */
    private void printRestored(long events, LedgerFiles files) {
        spec.commandLine().getOut().println("Đã khôi phục / restored " + events + " sự kiện / events into " + options.ledger());
        spec.commandLine().getOut().println("Sự kiện cuối / last event: " + files.store().lastSequence() + ", mã băm / hash "
                + files.store().lastHash());
    }
}
