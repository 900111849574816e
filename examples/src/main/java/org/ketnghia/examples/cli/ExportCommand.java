package org.ketnghia.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.ketnghia.core.privacy.AccessLogBackup;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.SubjectKeyBackup;
import org.ketnghia.examples.host.LedgerAccessLog;
import org.ketnghia.examples.host.LedgerFiles;
import org.ketnghia.examples.output.AtomicFile;
import org.ketnghia.store.jdbc.BackupManifest;
import org.ketnghia.store.jdbc.BackupManifestSignature;
import org.ketnghia.store.jdbc.BackupPart;
import org.ketnghia.store.jdbc.BackupPartOutputStream;
import org.ketnghia.store.jdbc.BackupPartSummary;
import org.ketnghia.store.jdbc.LedgerBackup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export}: the ledger as a JSON Lines backup. A backup is the events file ({@code --file}, one event per line,
 * as {@link org.ketnghia.store.jdbc.LedgerBackup} writes it) and, beside it, when the ledger has them:
 *
 * <ul>
 *   <li>{@code <file>.keys}: the subjects' keys, still wrapped by the master key ({@link
 *       org.ketnghia.core.privacy.SubjectKeyBackup});
 *   <li>{@code <file>.access-log}: the access log of the reads of personal data (nhật ký truy cập dữ liệu cá nhân),
 *       one entry per line with its hash, in the format of the {@code access-log.jsonl} earlier versions kept in the
 *       ledger's folder ({@link AccessLogBackup});
 *   <li>{@code <file>.manifest}, always, written last: the manifest of the parts (bảng kê các phần, {@link
 *       BackupManifest}), naming each part written with its size, lines and SHA-256, the ledger's last sequence and
 *       hash, and the time of export; with a master key ({@code --master-key-file} or {@code KETNGHIA_MASTER_KEY}),
 *       signed (format {@value BackupManifest#SIGNED_FORMAT}: HMAC-SHA256 under a key derived from the master key for
 *       this purpose only, {@link BackupManifestSignature}), so that no one without the master key can rewrite a part
 *       and a manifest to match; without one, unsigned, in the first format ({@value BackupManifest#FORMAT}).
 * </ul>
 *
 * <p>The events and the access log are each checked as a whole chain before the backup is complete; a broken one
 * refuses the export (exit code {@value ExitCodes#LEDGER} for the log, naming the table and the entry), leaving the
 * files already at {@code --file} as they were. Every part (events, keys, access log) is written to a temporary file,
 * forced to disk, and the parts are moved into place once all are whole. A ledger without keys (in plain text) gets no
 * keys file, and one whose log holds no read no access-log file, as a backup of an earlier version has none; such a
 * part left at the same path by an earlier export is removed, so that it is never restored with other events. The
 * manifest is written to a temporary file too and moved over the one an earlier export left, after every part is in
 * place: until then that earlier manifest names the earlier parts, so that a backup left half rewritten (a crash
 * between two moves) is refused by {@code import} rather than restored mixed. Opening the log carries an {@code
 * access-log.jsonl} of an earlier version into the ledger's table first, as every command that opens it does ({@link
 * LedgerAccessLog#openVerified}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Sao lưu sổ cái ra tệp JSON Lines; bên cạnh tệp đó: <tệp>.keys (khóa dữ liệu đã bọc, nếu có),"
                + " <tệp>.access-log (nhật ký truy cập dữ liệu cá nhân, mỗi dòng một lượt đọc kèm mã băm, nếu có) và,"
                + " ghi sau cùng, <tệp>.manifest (bảng kê: mỗi phần đã ghi với số byte, số dòng và mã SHA-256, sự kiện"
                + " cuối và mã băm của sổ cái, thời điểm sao lưu). Khi có khóa chủ (--master-key-file hoặc"
                + " KETNGHIA_MASTER_KEY), bảng kê được ký (HMAC-SHA256, khóa dẫn xuất từ khóa chủ), để không ai không có"
                + " khóa chủ sửa được một phần cùng bảng kê cho khớp; không có khóa chủ thì bảng kê không có chữ ký.",
            "Back the ledger up to a JSON Lines file; beside it: <file>.keys (the wrapped subject keys, if any),"
                + " <file>.access-log (the access log of personal-data reads, one read per line with its hash, if any)"
                + " and, written last, <file>.manifest (each part written with its bytes, lines and SHA-256, the"
                + " ledger's last sequence and hash, the time of export). With a master key (--master-key-file or"
                + " KETNGHIA_MASTER_KEY) the manifest is signed (HMAC-SHA256, a key derived from the master key), so that"
                + " no one without the master key can rewrite a part and the manifest to match; without one it is unsigned."})
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Tệp sao lưu / backup file (default: <output>/ledger-backup.jsonl)")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The time of the export, written in the manifest. */
    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        LedgerCommands.requireLedger(options);
        Path target = (file != null ? file : options.output().resolve("ledger-backup.jsonl")).toAbsolutePath();
        Path accessLogTarget = BackupPart.ACCESS_LOG.fileOf(target);
        Path keysTarget = BackupPart.KEYS.fileOf(target);
        // read first: a master key file that cannot be read refuses the export before anything is written
        Optional<MasterKey> masterKey = options.masterKey();
        try (LedgerFiles files = LedgerCommands.openFiles(options);
                LedgerAccessLog accessLog = LedgerAccessLog.openVerified(options.ledger())) {
            Files.createDirectories(target.getParent());
            String source = "access_log, " + options.ledger();
            // every part is written whole to a temporary file before any is moved into place
            List<Written> parts = new ArrayList<>();
            AtomicReference<LedgerBackup.Exported> end = new AtomicReference<>();
            Written accessLogPart;
            Written keysPart;
            Written events;
            try {
                accessLogPart = add(parts, written(accessLogTarget,
                        writer -> AccessLogBackup.export(accessLog.log(), source, writer)));
                events = add(parts, written(target, writer -> {
                    end.set(files.backup().exportConsistent(files.store(), writer));
                    return end.get().events();
                }));
                // the subjects' keys, still wrapped by the master key (the backup holds no clear text), read after the
                // events, so that the key of every subject they name is there
                keysPart = add(parts, written(keysTarget, writer -> SubjectKeyBackup.export(files.keys(), writer)));
            } catch (RuntimeException | IOException e) {
                deleteAside(parts, e);
                throw e;
            }
            // a part this ledger has none of: an earlier export's at the same path would otherwise be imported with these events
            Map<BackupPart, BackupPartSummary> inPlace = new EnumMap<>(BackupPart.class);
            try {
                accessLogPart.moveToOrRemove().ifPresent(summary -> inPlace.put(BackupPart.ACCESS_LOG, summary));
                keysPart.moveToOrRemove().ifPresent(summary -> inPlace.put(BackupPart.KEYS, summary));
                inPlace.put(BackupPart.EVENTS, events.moveIntoPlace());
            } catch (RuntimeException | IOException e) {
                deleteAside(parts, e);
                throw e;
            }
            // last: until it is in place, an earlier export's manifest there names other parts, and refuses these
            Path manifest = writeManifest(target, end.get(), inPlace, masterKey);
            if (keysPart.count() > 0) {
                spec.commandLine().getOut().println("Khóa dữ liệu (đã bọc bằng khóa chủ) / wrapped subject keys: " + keysTarget);
            }
            if (accessLogPart.count() > 0) {
                spec.commandLine().getOut().println("Nhật ký truy cập dữ liệu cá nhân / access log: " + accessLogPart.count()
                        + " lượt đọc / reads to " + accessLogTarget);
            }
            spec.commandLine().getOut().println("Đã sao lưu / exported " + events.count() + " sự kiện / events to " + target);
            spec.commandLine().getOut().println("Bảng kê các phần / manifest of the parts: " + manifest);
            if (masterKey.isPresent()) {
                spec.commandLine().getOut().println("Bảng kê đã được ký bằng khóa chủ / manifest signed with the master"
                        + " key (" + BackupManifestSignature.ALGORITHM + ", " + BackupManifestSignature.KEY_DERIVATION + ")");
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the manifest of the parts now in place beside {@code target} ({@link BackupManifest}), each summarized as
     * it was written, signed with {@code masterKey} when given ({@link BackupManifest#signedWith}), to a temporary
     * file, and moves it over {@code <file>.manifest} in one step.
     */
    private Path writeManifest(Path target, LedgerBackup.Exported end, Map<BackupPart, BackupPartSummary> inPlace,
            Optional<MasterKey> masterKey) throws IOException {
        BackupManifest unsigned = BackupManifest.of(clock.instant(), end, inPlace);
        BackupManifest manifest = masterKey.map(unsigned::signedWith).orElse(unsigned);
        Path manifestTarget = BackupManifest.fileOf(target);
        written(manifestTarget, writer -> {
            manifest.write(writer);
            return inPlace.size();
        }).moveIntoPlace();
        return manifestTarget;
    }

    /** What writes one part of the backup, returning how many lines it wrote. */
    @FunctionalInterface
    private interface Part {
        long writeTo(Writer writer) throws IOException;
    }

    /**
     * A part of the backup written whole to a file aside its place, how many lines its writer wrote, and its summary
     * as written (its bytes, lines and SHA-256, under the name of its place in the backup).
     */
    private record Written(AtomicFile file, long count, BackupPartSummary summary) {

        /** Moves the part into its place in the backup in one step; its summary, for the manifest. */
        BackupPartSummary moveIntoPlace() throws IOException {
            file.moveIntoPlace();
            return summary;
        }

        /**
         * Moves the part into its place when it holds a line, giving its summary; otherwise removes it, and any file at
         * its place, giving none.
         */
        Optional<BackupPartSummary> moveToOrRemove() throws IOException {
            if (count > 0) {
                return Optional.of(moveIntoPlace());
            }
            file.close();
            Files.deleteIfExists(file.target());
            return Optional.empty();
        }
    }

    /** Deletes the files aside of the parts not moved into place, after {@code failure}. */
    private static void deleteAside(List<Written> parts, Exception failure) {
        for (Written part : parts) {
            try {
                part.file().close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static Written add(List<Written> parts, Written part) {
        parts.add(part);
        return part;
    }

    /**
     * Writes a part of the backup to a file aside {@code target} ({@link AtomicFile}, its owner's alone), to be moved
     * there once every part is written, summarizing its bytes as they are written; the file aside is deleted when
     * writing fails.
     */
    private static Written written(Path target, Part part) throws IOException {
        AtomicFile file = AtomicFile.beside(target, AtomicFile.Access.OWNER_ONLY);
        Path partial = file.aside();
        try {
            long count;
            BackupPartOutputStream bytes = new BackupPartOutputStream(Files.newOutputStream(partial));
            // as Files.newBufferedWriter makes it: an encoder that refuses what UTF-8 cannot encode
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8.newEncoder()))) {
                count = part.writeTo(writer);
            }
            // on disk before it is moved into place, and so before the manifest that names it
            file.force();
            return new Written(file, count, bytes.summary(target.getFileName().toString()));
        } catch (RuntimeException | IOException e) {
            try {
                file.close();
            } catch (IOException notDeleted) {
                e.addSuppressed(notDeleted);
            }
            throw e;
        }
    }
}
