package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.privacy.MasterKey;

/**
 * The manifest of a ledger backup (bảng kê của bản sao lưu), {@code <file>.manifest}: which parts an export wrote
 * ({@link BackupPart}), each with its size, lines and SHA-256 ({@link BackupPartSummary}), where the ledger ended (its
 * last sequence and hash) and when it was exported, and, when the export had the host's master key, its signature
 * ({@link BackupManifestSignature}). Written last, once every part is in place, it lets an import tell a whole backup
 * from one missing a part, one whose part was cut short (even at a line's end) or lost a line, and one whose parts come
 * from two exports; none of these breaks a part's own checks.
 *
 * <p>A small JSON document, in one of two formats. Unsigned, {@value #FORMAT}, as every export wrote it before
 * signatures and as an export without a master key still writes it, byte for byte:
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
 * <p>Signed, {@value #SIGNED_FORMAT}: the same properties, and last a {@code signature} object ({@link
 * BackupManifestSignature}: {@code "algorithm" : "hmac-sha256"}, {@code "keyDerivation" :
 * "hkdf-sha256-expand/ketnghia-backup-manifest-signature-v1"}, {@code "value"}: 64 hexadecimal digits), which a
 * manifest of this format always has. The signature is HMAC-SHA256 over the manifest's signed content ({@link
 * #signedContent()}, a fixed byte form of every value but the signature, not the JSON text), keyed by a key derived
 * from the master key for this purpose only ({@link org.ketnghia.core.privacy.MasterKey#derivedKey}).
 *
 * <p>An unsigned manifest detects accidents (a copy cut short, a part lost, a crash between two exports), not someone
 * who alters a part and writes a manifest to match: the hash chains are plain SHA-256, which anyone can recompute. A
 * signed one, checked with the master key ({@link #checkSignature}), detects that too: without the master key no one
 * can sign the manifest of parts they rewrote. A signed manifest turned into an unsigned one (format 1 written over
 * it) is not detected by the manifest; the host refuses unsigned manifests when it requires a signature (the
 * examples' {@code import --require-signature}). Immutable and thread-safe.
 *
 * @param exportedAt when the export was written
 * @param lastSequence the sequence of the ledger's last event exported, 0 for an empty ledger
 * @param lastHash that event's hash ({@link org.ketnghia.core.ledger.EventChain#GENESIS_HASH} for an empty ledger)
 * @param parts every part written, with its summary; always the events; immutable
 * @param signature the signature, for a signed manifest ({@value #SIGNED_FORMAT}); empty for an unsigned one
 */
public record BackupManifest(Instant exportedAt, long lastSequence, String lastHash,
        Map<BackupPart, BackupPartSummary> parts, Optional<BackupManifestSignature> signature) {

    /**
     * The format of an unsigned manifest, the value of its {@code format} property: the first, read as it always was.
     * A reader refuses any format but this one and {@link #SIGNED_FORMAT}.
     */
    public static final String FORMAT = "ketnghia-backup-manifest-1";

    /** The format of a signed manifest: {@link #FORMAT}'s properties and a {@code signature}. */
    public static final String SIGNED_FORMAT = "ketnghia-backup-manifest-2";

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
        requireNonNull(signature, "signature");
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

    /**
     * An unsigned manifest ({@value #FORMAT}).
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public BackupManifest(Instant exportedAt, long lastSequence, String lastHash, Map<BackupPart, BackupPartSummary> parts) {
        this(exportedAt, lastSequence, lastHash, parts, Optional.empty());
    }

    /** The format this manifest is written in: {@value #SIGNED_FORMAT} when it is signed, {@value #FORMAT} otherwise. */
    public String format() {
        return signature.isPresent() ? SIGNED_FORMAT : FORMAT;
    }

    /**
     * This manifest signed with the key {@code masterKey} derives for manifests ({@link BackupManifestSignature}): the
     * same values, written as {@value #SIGNED_FORMAT}. A signature it had already is replaced.
     */
    public BackupManifest signedWith(MasterKey masterKey) {
        requireNonNull(masterKey, "masterKey");
        return new BackupManifest(exportedAt, lastSequence, lastHash, parts,
                Optional.of(BackupManifestSignature.of(signedContent(), masterKey)));
    }

    /**
     * Checks this manifest's signature with {@code masterKey}; writes nothing.
     *
     * @param masterKey the host's master key
     * @param source names the manifest in errors (its file)
     * @return empty when the signature is this manifest's under {@code masterKey}; otherwise one problem naming {@code
     *     source}: {@link StoreErrorCode#STORE_BACKUP_MANIFEST_SIGNATURE_INVALID} (a value altered after export, or
     *     another master key), or {@link StoreErrorCode#STORE_BACKUP_MANIFEST_UNSIGNED} for an unsigned manifest;
     *     immutable
     */
    public List<Problem> checkSignature(MasterKey masterKey, String source) {
        requireNonNull(masterKey, "masterKey");
        requireNonNull(source, "source");
        if (signature.isEmpty()) {
            return List.of(Problem.of(StoreErrorCode.STORE_BACKUP_MANIFEST_UNSIGNED, source, source));
        }
        return signature.get().verifies(signedContent(), masterKey) ? List.of()
                : List.of(Problem.of(StoreErrorCode.STORE_BACKUP_MANIFEST_SIGNATURE_INVALID, source, source));
    }

    /**
     * The bytes a signature covers (nội dung được ký): every value of the manifest but the signature, in a fixed form
     * that does not depend on how the JSON is laid out, UTF-8, one line each, every line ending with {@code \n}:
     *
     * <pre>{@code
     * ketnghia-backup-manifest-2
     * signature hmac-sha256 hkdf-sha256-expand/ketnghia-backup-manifest-signature-v1
     * exportedAt 2026-12-08T03:15:00.120Z
     * ledger.lastSequence 1000
     * ledger.lastHash 64:9c1f…
     * part events
     * file 12:backup.jsonl
     * bytes 1843120
     * lines 1000
     * sha256 3f2a…
     * part keys
     * …
     * }</pre>
     *
     * <p>The time is written as {@link Instant#toString()} writes it, the numbers in decimal, and each text (the last
     * hash, a file's name) as the number of its UTF-8 bytes, a colon and the text, so that no text can pass for the
     * lines after it. The parts come in the order of {@link BackupPart}, each from its {@code part} line to the next.
     * The same values always give the same bytes, whatever the JSON's spacing or order.
     *
     * @return a new array on each call
     */
    public byte[] signedContent() {
        StringBuilder content = new StringBuilder();
        line(content, SIGNED_FORMAT);
        line(content, "signature " + BackupManifestSignature.ALGORITHM + " " + BackupManifestSignature.KEY_DERIVATION);
        line(content, "exportedAt " + exportedAt);
        line(content, "ledger.lastSequence " + lastSequence);
        line(content, "ledger.lastHash " + counted(lastHash));
        parts.forEach((part, summary) -> {
            line(content, "part " + part.id());
            line(content, "file " + counted(summary.file()));
            line(content, "bytes " + summary.bytes());
            line(content, "lines " + summary.lines());
            line(content, "sha256 " + summary.sha256());
        });
        return content.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder content, String line) {
        content.append(line).append('\n');
    }

    /** A text as its UTF-8 length, a colon and itself. */
    private static String counted(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length + ":" + text;
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
     * Writes the manifest to {@code out} as JSON in its {@link #format()}, the parts in the order of {@link BackupPart},
     * the signature last when it has one, and a line end. An unsigned manifest is written as every earlier version
     * wrote it.
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
     * Reads a manifest as {@link #write} writes it, in either format. Its format and the names of its parts are
     * checked before its values, so that a manifest of a later version is refused as such whatever its shape; a
     * property this version does not know is passed over, and so is a {@code signature} in a manifest of the unsigned
     * format {@value #FORMAT} (which signs nothing). A manifest of the signed format without its signature is refused.
     * The signature is read, not checked: see {@link #checkSignature}.
     *
     * @param source names the manifest in errors (its file)
     * @throws KetnghiaException {@link StoreErrorCode#STORE_BACKUP_MANIFEST_UNREADABLE} naming {@code source} and what
     *     is wrong: not JSON (a manifest cut short), another format, a part this version does not know, a value
     *     missing, of the wrong kind or out of range, a signature missing from a signed manifest or of an algorithm this
     *     version does not know; or {@code in} cannot be read
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
