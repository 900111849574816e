package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * writes a JDBC store's rows exactly as stored; import checks every line and the whole hash chain
 * before anything is written, then appends in batches to an empty store, so that exporting the
 * restored store gives the same bytes. Lines are decoded and their hashes recomputed in batches on
 * every core ({@link JsonBatch}); errors are still reported for the first bad line in file order.
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

    /** Writes every event of {@code store} to {@code out}, one JSON line each; returns the count. */
    public long export(EventStore store, Writer out) {
        requireNonNull(store, "store");
        requireNonNull(out, "out");
        long[] count = {0};
        try {
            if (store instanceof JdbcEventStore jdbc) {
                jdbc.forEachRow(1, (sequence, json) -> writeLine(out, json, count));
            } else {
                List<EventEnvelope> pending = new ArrayList<>(DECODE_BATCH);
                store.forEach(1, event -> {
                    pending.add(event);
                    if (pending.size() == DECODE_BATCH) {
                        codec.writeAll(pending).forEach(json -> writeLine(out, json, count));
                        pending.clear();
                    }
                });
                codec.writeAll(pending).forEach(json -> writeLine(out, json, count));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
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
        long sequence = 0;
        for (int from = 0; from < events.size(); from += BATCH) {
            List<EventEnvelope> batch = events.subList(from, Math.min(events.size(), from + BATCH));
            store.append(sequence, batch);
            sequence = batch.get(batch.size() - 1).sequence();
        }
        return events.size();
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
        }, line -> {
            EventEnvelope event = line.event();
            String broken = event.sequence() != position.expected ? "expected sequence " + position.expected
                    : !event.previousHash().equals(position.previousHash)
                            ? "previousHash does not link to the event before"
                    : !line.expectedHash().equals(event.hash()) ? "content does not match its hash"
                    : null;
            if (broken != null) {
                throw KetnghiaException.of(StoreErrorCode.STORE_CHAIN_BROKEN, "sequence", event.sequence(), broken);
            }
            events.add(event);
            position.previousHash = event.hash();
            position.expected++;
        });
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

    private static void writeLine(Writer out, String json, long[] count) {
        try {
            out.write(json);
            out.write('\n');
            count[0]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
