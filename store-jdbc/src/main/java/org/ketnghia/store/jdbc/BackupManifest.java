package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;

/**
 * The manifest of a ledger backup (bảng kê của bản sao lưu), {@code <file>.manifest}: which parts an export wrote
 * ({@link BackupPart}), each with its size, lines and SHA-256 ({@link BackupPartSummary}), where the ledger ended (its
 * last sequence and hash) and when it was exported. Written last, once every part is in place, it lets an import tell
 * a whole backup from one missing a part, one whose part was cut short (even at a line's end) or lost a line, and one
 * whose parts come from two exports; none of these breaks a part's own checks.
 *
 * <p>A small JSON document:
 *
 * <pre>{@code
 * {
 *   "format" : "ketnghia-backup-manifest-1",
 *   "exportedAt" : "2026-12-08T03:15:00.120Z",
 *   "ledger" : { "lastSequence" : 1000, "lastHash" : "9c1f…" },
 *   "parts" : {
 *     "events" : { "file" : "backup.jsonl", "bytes" : 1843120, "lines" : 1000, "sha256" : "3f2a…" },
 *     "keys" : { "file" : "backup.jsonl.keys", "bytes" : 91840, "lines" : 820, "sha256" : "77d0…" }
 *   }
 * }
 * }</pre>
 *
 * <p>The manifest has no signature: it detects accidents (a copy cut short, a part lost, a crash between two exports),
 * not someone who alters a part and writes a manifest to match. Immutable and thread-safe.
 *
 * @param exportedAt when the export was written
 * @param lastSequence the sequence of the ledger's last event exported, 0 for an empty ledger
 * @param lastHash that event's hash ({@link org.ketnghia.core.ledger.EventChain#GENESIS_HASH} for an empty ledger)
 * @param parts every part written, with its summary; always the events; immutable
 */
public record BackupManifest(Instant exportedAt, long lastSequence, String lastHash,
        Map<BackupPart, BackupPartSummary> parts) {

    /** The manifest's format, the value of its {@code format} property; a reader refuses any other. */
    public static final String FORMAT = "ketnghia-backup-manifest-1";

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException for a negative sequence, a blank hash, or parts without the events, quoting
     *     the value
     */
    public BackupManifest {
        requireNonNull(exportedAt, "exportedAt");
        requireNonNull(lastHash, "lastHash");
        requireNonNull(parts, "parts");
        if (lastSequence < 0) {
            throw new IllegalArgumentException("a ledger's last sequence is not negative: " + lastSequence);
        }
        if (lastHash.isBlank()) {
            throw new IllegalArgumentException("a ledger's last hash is not blank: \"" + lastHash + "\"");
        }
        if (!parts.containsKey(BackupPart.EVENTS)) {
            throw new IllegalArgumentException("every backup has its events part; the parts are " + parts.keySet());
        }
        parts = Collections.unmodifiableMap(new EnumMap<>(parts));
    }

    /** The manifest of a backup written by {@link LedgerBackup#exportConsistent}, which ended at {@code end}. */
    public static BackupManifest of(Instant exportedAt, LedgerBackup.Exported end, Map<BackupPart, BackupPartSummary> parts) {
        requireNonNull(end, "end");
        return new BackupManifest(exportedAt, end.lastSequence(), end.lastHash(), parts);
    }

    /** Where the manifest of the backup whose events are in {@code events} lies: {@code <events>.manifest}. */
    public static Path fileOf(Path events) {
        requireNonNull(events, "events");
        return events.resolveSibling(events.getFileName() + ".manifest");
    }

    /**
     * Writes the manifest to {@code out} as JSON, the parts in the order of {@link BackupPart}, and a line end.
     *
     * @throws UncheckedIOException if {@code out} cannot be written
     */
    public void write(Writer out) {
        requireNonNull(out, "out");
        try {
            out.write(BackupManifestJson.text(this));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a manifest as {@link #write} writes it. Its format and the names of its parts are checked before its
     * values, so that a manifest of a later version is refused as such whatever its shape; a property this version
     * does not know is passed over.
     *
     * @param source names the manifest in errors (its file)
     * @throws KetnghiaException {@link StoreErrorCode#STORE_BACKUP_MANIFEST_UNREADABLE} naming {@code source} and what
     *     is wrong: not JSON (a manifest cut short), another format, a part this version does not know, a value
     *     missing, of the wrong kind or out of range; or {@code in} cannot be read
     */
    public static BackupManifest read(Reader in, String source) {
        requireNonNull(in, "in");
        requireNonNull(source, "source");
        return BackupManifestJson.read(in, source);
    }

    /**
     * Checks the parts beside {@code events} against this manifest: each part it names is there, with the size, lines
     * and SHA-256 it records; no part it does not name is there. Reads every part whole; writes nothing.
     *
     * @param events the backup's events file; the other parts lie beside it ({@link BackupPart#fileOf})
     * @param source names the manifest in errors (its file)
     * @return every problem, part by part, each naming the part's file as its field: {@link
     *     StoreErrorCode#STORE_BACKUP_PART_MISSING}, {@link StoreErrorCode#STORE_BACKUP_PART_DIFFERS}, {@link
     *     StoreErrorCode#STORE_BACKUP_PART_NOT_LISTED}; empty when every part is as written; immutable
     * @throws UncheckedIOException if a part that is there cannot be read
     */
    public List<Problem> check(Path events, String source) {
        return check(events, source, Map.of());
    }

    /**
     * Checks the parts beside {@code events} against this manifest as {@link #check(Path, String)} does, without
     * reading again the parts an import has read already: their summaries, taken as they were read ({@link
     * BackupPartInputStream}), are compared as they are; only a part that is there and not among them is read whole.
     *
     * @param events the backup's events file; the other parts lie beside it ({@link BackupPart#fileOf})
     * @param source names the manifest in errors (its file)
     * @param alreadyRead the summary of each part read already, as it was read; not null, may be empty
     * @return every problem, as {@link #check(Path, String)} returns them; immutable
     * @throws UncheckedIOException if a part that is there, and not read already, cannot be read
     */
    public List<Problem> check(Path events, String source, Map<BackupPart, BackupPartSummary> alreadyRead) {
        requireNonNull(events, "events");
        requireNonNull(source, "source");
        requireNonNull(alreadyRead, "alreadyRead");
        List<Problem> problems = new ArrayList<>();
        for (BackupPart part : BackupPart.values()) {
            Path file = part.fileOf(events);
            boolean there = Files.isRegularFile(file);
            BackupPartSummary recorded = parts.get(part);
            if (recorded == null) {
                if (there) {
                    problems.add(Problem.of(StoreErrorCode.STORE_BACKUP_PART_NOT_LISTED, file.toString(), source,
                            part.id(), file));
                }
            } else if (!there) {
                problems.add(Problem.of(StoreErrorCode.STORE_BACKUP_PART_MISSING, file.toString(), source, part.id(),
                        file));
            } else {
                BackupPartSummary found = alreadyRead.containsKey(part) ? alreadyRead.get(part) : summaryOf(file);
                found.differenceFrom(recorded).ifPresent(difference -> problems.add(Problem.of(
                        StoreErrorCode.STORE_BACKUP_PART_DIFFERS, file.toString(), source, part.id(), file, difference)));
            }
        }
        return List.copyOf(problems);
    }

    private static BackupPartSummary summaryOf(Path file) {
        try {
            return BackupPartSummary.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
