package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.json.JsonBatch;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;

/**
 * Backups of a ledger as JSON Lines: one event envelope per line, in sequence order. Export
 * writes a JDBC store's rows exactly as stored, up to the last sequence at its start while writers
 * keep recording, and checks the chain of what it writes ({@link #exportConsistent}); import checks
 * every line and the whole hash chain before anything is written, then appends in batches to an
 * empty store, so that exporting the restored store gives the same bytes. Lines are decoded and their hashes recomputed in batches on
 * every core ({@link JsonBatch}); errors are still reported for the first bad line in file order.
 *
 * <p>The events are one part of a backup ({@link BackupPart#EVENTS}); the host writes the others beside them and,
 * last, the {@link BackupManifest} that names every part written.
 *
 * <p>Stateless and thread-safe.
 */
public final class LedgerBackup {

    private static final int BATCH = 1_000;
    /** Lines decoded (or events encoded) at once, on every core. */
    private static final int DECODE_BATCH = 8_192;

    private final EventCodec codec;
    private final EventChain chain;

    /** A backup tool reading and writing with {@code codec} and checking hashes with {@code chain}. */
    public LedgerBackup(EventCodec codec, EventChain chain) {
        this.codec = requireNonNull(codec, "codec");
        this.chain = requireNonNull(chain, "chain");
    }

    /**
     * Writes every event of {@code store} to {@code out}, one JSON line each, like {@link #exportConsistent};
     * returns the count.
     */
    public long export(EventStore store, Writer out) {
        return exportConsistent(store, out).events();
    }

    /**
     * Writes a consistent backup of {@code store} to {@code out} while writers may keep recording: the
     * backup ends at the last sequence the store holds when the export starts (read first; events recorded
     * after it are left for the next backup), one JSON line per event in sequence order, exactly as a JDBC
     * store holds it. Every line is checked before it is written: it decodes, its hash matches its content,
     * and it links to the line before, so that the file is a whole chain from the first event to the end.
     *
     * @return where the backup ends: its last sequence, that event's hash and the number of events
     * @throws KetnghiaException {@link StoreErrorCode#STORE_CHAIN_BROKEN} naming the first event that does
     *     not continue the chain (or the sequence missing at the end); the lines before it have been
     *     written, and the file is not a backup; {@link StoreErrorCode#STORE_BAD_ROW} likewise for a row
     *     that cannot be read
     * @throws UncheckedIOException if {@code out} cannot be written
     */
    public Exported exportConsistent(EventStore store, Writer out) {
        requireNonNull(store, "store");
        requireNonNull(out, "out");
        long end = store.lastSequence();
        ChainPosition position = new ChainPosition();
        List<String> lines = new ArrayList<>(DECODE_BATCH);
        try {
            if (store instanceof JdbcEventStore jdbc) {
                jdbc.forEachRow(1, end, (sequence, json) -> {
                    lines.add(json);
                    if (lines.size() == DECODE_BATCH) {
                        checkAndWrite(lines, position, out);
                    }
                });
            } else {
                List<EventEnvelope> pending = new ArrayList<>(DECODE_BATCH);
                store.forEach(1, event -> {
                    if (event.sequence() <= end) {
                        pending.add(event);
                    }
                    if (pending.size() == DECODE_BATCH) {
                        lines.addAll(codec.writeAll(pending));
                        pending.clear();
                        checkAndWrite(lines, position, out);
                    }
                });
                lines.addAll(codec.writeAll(pending));
            }
            checkAndWrite(lines, position, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (position.expected != end + 1) {
            throw KetnghiaException.of(StoreErrorCode.STORE_CHAIN_BROKEN, "sequence", position.expected,
                    "the store holds sequence " + end + " but the export found only " + (position.expected - 1));
        }
        return new Exported(end, position.previousHash, end);
    }

    /**
     * Where a consistent backup ends.
     *
     * @param lastSequence the sequence of its last event, 0 for an empty store
     * @param lastHash the hash of its last event, {@link EventChain#GENESIS_HASH} for an empty store
     * @param events the number of events written
     */
    public record Exported(long lastSequence, String lastHash, long events) {

        /** Checks that nothing is missing. */
        public Exported {
            requireNonNull(lastHash, "lastHash");
        }
    }

    /** Checks a batch of stored lines on every core, then writes it in order; empties the batch. */
    private void checkAndWrite(List<String> lines, ChainPosition position, Writer out) {
        long first = position.expected;
        JsonBatch.forEachInOrder(lines.size(), index -> {
            EventEnvelope event = decodeRow(first + index, lines.get(index));
            return new Decoded(event, chain.expectedHash(event));
        }, position::advance);
        lines.forEach(json -> writeLine(out, json));
        lines.clear();
    }

    /** A stored row of the export, expected at {@code sequence}. */
    private EventEnvelope decodeRow(long sequence, String json) {
        try {
            return codec.read(json);
        } catch (KetnghiaException e) {
            Problem cause = e.problems().get(0);
            throw new KetnghiaException(List.of(Problem.of(StoreErrorCode.STORE_BAD_ROW, "sequence", sequence,
                    cause.code().name() + ": " + cause.messageEn()), cause), e);
        }
    }

    /**
     * Restores a backup into an empty {@code store}.
     *
     * @return the number of events restored
     * @throws KetnghiaException {@link StoreErrorCode#STORE_RESTORE_NOT_EMPTY} if the store holds
     *     events, {@link StoreErrorCode#STORE_BACKUP_UNREADABLE} for a line that cannot be read, or
     *     {@link StoreErrorCode#STORE_CHAIN_BROKEN} at the first event whose hash chain is broken;
     *     nothing is written then
     */
    public long restore(BufferedReader in, EventStore store) {
        requireNonNull(in, "in");
        requireNonNull(store, "store");
        if (store.lastSequence() != 0) {
            throw KetnghiaException.of(StoreErrorCode.STORE_RESTORE_NOT_EMPTY, "store", store.lastSequence());
        }
        List<EventEnvelope> events = read(in);
        append(events, store);
        return events.size();
    }

    /** Appends events read and checked to an empty store, in batches. */
    private static void append(List<EventEnvelope> events, EventStore store) {
        long sequence = 0;
        for (int from = 0; from < events.size(); from += BATCH) {
            List<EventEnvelope> batch = events.subList(from, Math.min(events.size(), from + BATCH));
            store.append(sequence, batch);
            sequence = batch.get(batch.size() - 1).sequence();
        }
    }

    /**
     * Restores into an empty {@code store} exactly the events file a host checked before: the events are read from
     * {@code in} and their chain checked as {@link #restore(BufferedReader, EventStore)} does, the rest of the file is
     * read to its end, and its summary as read ({@link BackupPartInputStream}) is compared with {@code checked}, the
     * summary of the check; only when they agree is anything appended. So a file changed or replaced between the check
     * and the restore, even by another whole backup whose chain holds, is never restored unchecked.
     *
     * <p>Why compare before appending rather than roll back: the events are appended in batches of a thousand, each its
     * own transaction, and the store has no way to remove events once committed (a ledger only grows); so every event
     * is read, checked and compared in memory first, as {@link #restore(BufferedReader, EventStore)} reads them all
     * before it appends, and nothing is written when the file is not the one checked. Malformed UTF-8 is read as
     * U+FFFD, as a host's check reads it, and breaks the line's hash.
     *
     * @param in the events file, read from its first byte; closed by the caller
     * @param file the file's name, naming it in errors
     * @param checked the summary of the events file as the host's check read it
     * @param store an empty store
     * @return the number of events restored
     * @throws KetnghiaException {@link StoreErrorCode#STORE_BACKUP_PART_CHANGED} naming {@code file} and what differs,
     *     when what is read now is not what was checked; or as {@link #restore(BufferedReader, EventStore)}; nothing
     *     is written then
     * @throws UncheckedIOException if {@code in} cannot be read
     */
    public long restore(BackupPartInputStream in, String file, BackupPartSummary checked, EventStore store) {
        requireNonNull(in, "in");
        requireNonNull(file, "file");
        requireNonNull(checked, "checked");
        requireNonNull(store, "store");
        if (store.lastSequence() != 0) {
            throw KetnghiaException.of(StoreErrorCode.STORE_RESTORE_NOT_EMPTY, "store", store.lastSequence());
        }
        List<EventEnvelope> events = read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        BackupPartSummary read;
        try {
            read = in.summary(checked.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        read.differenceFrom(checked, "checked").ifPresent(difference -> {
            throw KetnghiaException.of(StoreErrorCode.STORE_BACKUP_PART_CHANGED, file, file, BackupPart.EVENTS.id(),
                    difference);
        });
        append(events, store);
        return events.size();
    }

    /**
     * Checks a backup as {@link #restore(BufferedReader, EventStore)} does, writing nothing anywhere: every line decodes and the whole hash chain
     * holds, so that a host checks this part of a backup before it writes any part ({@code import}).
     *
     * @return the number of events the backup holds
     * @throws KetnghiaException {@link StoreErrorCode#STORE_BACKUP_UNREADABLE} for the first line that cannot be read
     *     (a line cut short), or {@link StoreErrorCode#STORE_CHAIN_BROKEN} at the first event whose hash chain is broken
     * @throws UncheckedIOException if {@code in} cannot be read
     */
    public long check(BufferedReader in) {
        requireNonNull(in, "in");
        return read(in).size();
    }

    /**
     * Every event of the backup, checked in line order: the first unreadable line or broken link is
     * the one reported. Lines are decoded and their hashes recomputed in batches on every core.
     */
    private List<EventEnvelope> read(BufferedReader in) {
        List<EventEnvelope> events = new ArrayList<>();
        ChainPosition position = new ChainPosition();
        List<String> lines = new ArrayList<>(DECODE_BATCH);
        List<Long> lineNumbers = new ArrayList<>(DECODE_BATCH);
        try {
            String line;
            long lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                lines.add(line);
                lineNumbers.add(lineNumber);
                if (lines.size() == DECODE_BATCH) {
                    checkBatch(lines, lineNumbers, position, events);
                }
            }
            checkBatch(lines, lineNumbers, position, events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    /** Decodes and hashes a batch on every core, then checks it in line order; empties the batch. */
    private void checkBatch(List<String> lines, List<Long> lineNumbers, ChainPosition position,
            List<EventEnvelope> events) {
        JsonBatch.forEachInOrder(lines.size(), index -> {
            EventEnvelope event = decode(lineNumbers.get(index), lines.get(index));
            return new Decoded(event, chain.expectedHash(event));
        }, line -> events.add(position.advance(line)));
        lines.clear();
        lineNumbers.clear();
    }

    /** One decoded line: the event and the hash its content gives. */
    private record Decoded(EventEnvelope event, String expectedHash) {
    }

    /** Where the chain stands after the lines checked so far. */
    private static final class ChainPosition {
        private long expected = 1;
        private String previousHash = EventChain.GENESIS_HASH;

        /** Checks that {@code line} continues the chain and moves past it; returns its event. */
        EventEnvelope advance(Decoded line) {
            EventEnvelope event = line.event();
            String broken = event.sequence() != expected ? "expected sequence " + expected
                    : !event.previousHash().equals(previousHash) ? "previousHash does not link to the event before"
                    : !line.expectedHash().equals(event.hash()) ? "content does not match its hash"
                    : null;
            if (broken != null) {
                throw KetnghiaException.of(StoreErrorCode.STORE_CHAIN_BROKEN, "sequence", event.sequence(), broken);
            }
            previousHash = event.hash();
            expected++;
            return event;
        }
    }

    private EventEnvelope decode(long lineNumber, String line) {
        try {
            return codec.read(line);
        } catch (KetnghiaException e) {
            Problem cause = e.problems().get(0);
            throw new KetnghiaException(List.of(Problem.of(StoreErrorCode.STORE_BACKUP_UNREADABLE, "line", lineNumber,
                    cause.code().name() + ": " + cause.messageEn()), cause), e);
        }
    }

    private static void writeLine(Writer out, String json) {
        try {
            out.write(json);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
