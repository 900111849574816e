package org.ketnghia.core.ledger.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.RecordedPayload;

/**
 * The events of an in-memory store as columns in chunks of {@value #CHUNK_SIZE}, not as one envelope object each:
 * an envelope and its hash's string are three objects a garbage collection has to copy for every event a ledger keeps
 * (about 160 bytes), where the columns hold the same event in about 70 bytes of arrays: its sequence number, its seven
 * references side by side (one cache line written per event) and its hash. The hash is kept as its 32 bytes when it
 * is in the chain's form (64 lowercase hexadecimal digits), and the previous hash is not kept at all when it is the
 * hash of the event before; anything else (a suspect copy restored as it was given) is kept as the string given, so
 * that every envelope reads back equal to the one appended. Envelopes are made again when read. Not thread-safe: the
 * store holds the lock.
 */
public final class EventColumns {

    private static final int CHUNK_BITS = 12;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;
    /** The first chunk starts this small and doubles up to a whole one: a store of a test holds a few events. */
    private static final int FIRST_CAPACITY = 64;
    private static final int HASH_BYTES = 32;
    /** The references of an event: occurred on, recorded at, actor, unit code, programme id, payload, recorded payload. */
    private static final int REFERENCES = 7;
    private static final HexFormat HEX = HexFormat.of();
    /** The value of each lowercase hexadecimal digit by its byte, −1 for every other byte. */
    private static final byte[] HEX_DIGITS = new byte[256];

    static {
        Arrays.fill(HEX_DIGITS, (byte) -1);
        for (int digit = 0; digit < 16; digit++) {
            HEX_DIGITS[Character.forDigit(digit, 16)] = (byte) digit;
        }
    }

    private final List<Chunk> chunks = new ArrayList<>();
    private int size;
    private String firstPreviousHash;
    private String lastHash;

    /** The number of events held. */
    public int size() {
        return size;
    }

    /** The hash of the last event held, as it was given; {@code null} when there is none. */
    public String lastHash() {
        return lastHash;
    }

    /** The sequence number of the event at {@code index}. */
    public long sequenceAt(int index) {
        return chunk(index).sequence[index & CHUNK_MASK];
    }

    /** Adds {@code event} after the others. */
    public void add(EventEnvelope event) {
        int slot = size & CHUNK_MASK;
        if (slot == 0) {
            chunks.add(new Chunk(chunks.isEmpty() ? FIRST_CAPACITY : CHUNK_SIZE));
        }
        Chunk chunk = chunks.get(chunks.size() - 1);
        if (slot == chunk.sequence.length) {
            chunk = chunk.grown();
            chunks.set(chunks.size() - 1, chunk);
        }
        chunk.sequence[slot] = event.sequence();
        Object[] references = chunk.references;
        int at = slot * REFERENCES;
        references[at] = event.occurredOn();
        references[at + 1] = event.recordedAt();
        references[at + 2] = event.actor();
        references[at + 3] = event.unitCode();
        references[at + 4] = event.programmeId().orElse(null);
        references[at + 5] = event.payload();
        references[at + 6] = event.recordedPayload().orElse(null);
        if (!decodeHash(event.hash(), chunk.hash, slot * HASH_BYTES)) {
            chunk.irregular().hash()[slot] = event.hash();
        }
        if (size == 0) {
            firstPreviousHash = event.previousHash();
        } else if (!event.previousHash().equals(lastHash)) {
            chunk.irregular().previousHash()[slot] = event.previousHash();
        }
        lastHash = event.hash();
        size++;
    }

    /** The hash of the event at {@code index}, as it was given. */
    public String hashAt(int index) {
        Chunk chunk = chunk(index);
        int slot = index & CHUNK_MASK;
        if (chunk.irregular != null && chunk.irregular.hash()[slot] != null) {
            return chunk.irregular.hash()[slot];
        }
        return HEX.formatHex(chunk.hash, slot * HASH_BYTES, (slot + 1) * HASH_BYTES);
    }

    /**
     * The event at {@code index}, made again; {@code hashBefore} is the hash of the event before it as {@link
     * #hashAt} gives it (ignored for the first).
     */
    public EventEnvelope envelopeAt(int index, String hashBefore) {
        Chunk chunk = chunk(index);
        int slot = index & CHUNK_MASK;
        String previousHash = index == 0 ? firstPreviousHash : hashBefore;
        if (chunk.irregular != null && chunk.irregular.previousHash()[slot] != null) {
            previousHash = chunk.irregular.previousHash()[slot];
        }
        Object[] references = chunk.references;
        int at = slot * REFERENCES;
        return new EventEnvelope(chunk.sequence[slot], (LocalDate) references[at], (Instant) references[at + 1],
                (Actor) references[at + 2], (String) references[at + 3], Optional.ofNullable((String) references[at + 4]),
                (LedgerEvent) references[at + 5], previousHash, hashAt(index),
                Optional.ofNullable((RecordedPayload) references[at + 6]));
    }

    private Chunk chunk(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return chunks.get(index >>> CHUNK_BITS);
    }

    /**
     * Writes the 32 bytes of a hash in the chain's form into {@code to}; {@code false} if it is not in that form. Read
     * as Latin-1 bytes (a character beyond it reads as {@code ?}, not a digit), and without a branch per digit: the
     * digits of a hash are random, and a branch on each would be mispredicted half the time.
     */
    private static boolean decodeHash(String hash, byte[] to, int offset) {
        if (hash.length() != 2 * HASH_BYTES) {
            return false;
        }
        int invalid = 0;
        for (int i = 0; i < HASH_BYTES; i++) {
            int high = digitValue(hash.charAt(2 * i));
            int low = digitValue(hash.charAt(2 * i + 1));
            invalid |= high | low;
            to[offset + i] = (byte) (high << 4 | low);
        }
        return invalid >= 0;
    }

    /**
     * The value of a lowercase hexadecimal digit, −1 for any other character: read from the string itself rather than
     * from a copy of its bytes (one array fewer per event), without a branch ({@code 255 - c} is negative beyond Latin-1).
     */
    private static int digitValue(char c) {
        return HEX_DIGITS[c & 0xff] | (255 - c) >> 31;
    }

    /** One chunk of columns. */
    private static final class Chunk {
        final long[] sequence;
        final Object[] references;
        final byte[] hash;
        Irregular irregular;

        Chunk(int capacity) {
            this(new long[capacity], new Object[capacity * REFERENCES], new byte[capacity * HASH_BYTES], null);
        }

        private Chunk(long[] sequence, Object[] references, byte[] hash, Irregular irregular) {
            this.sequence = sequence;
            this.references = references;
            this.hash = hash;
            this.irregular = irregular;
        }

        /** This chunk with twice the room (never more than a whole chunk's). */
        Chunk grown() {
            int capacity = Math.min(2 * sequence.length, CHUNK_SIZE);
            return new Chunk(Arrays.copyOf(sequence, capacity), Arrays.copyOf(references, capacity * REFERENCES),
                    Arrays.copyOf(hash, capacity * HASH_BYTES), irregular == null ? null : irregular.grown(capacity));
        }

        Irregular irregular() {
            if (irregular == null) {
                irregular = new Irregular(new String[sequence.length], new String[sequence.length]);
            }
            return irregular;
        }
    }

    /** The hashes of a chunk not in the chain's form, and previous hashes that are not the hash before, as given. */
    private record Irregular(String[] hash, String[] previousHash) {

        Irregular grown(int capacity) {
            return new Irregular(Arrays.copyOf(hash, capacity), Arrays.copyOf(previousHash, capacity));
        }
    }
}
