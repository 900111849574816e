package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.ledger.EventChain;

/**
 * The hash-chained log of every read of personal data by a person: who, when, whose data, why. Kept in memory
 * or appended to a JSON Lines file (one entry per line, written and flushed before the data is handed out).
 * Each entry's hash is SHA-256 over the UTF-8 of its sequence, time (ISO instant), actor id, role, unit, subject,
 * purpose and the previous entry's hash, joined by newlines, so that removing or altering an entry breaks the
 * chain from there ({@link #verify()}). Thread-safe.
 */
public final class AccessLog {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Optional<Path> file;
    private final List<AccessLogEntry> entries = new ArrayList<>();

    private AccessLog(Optional<Path> file, List<AccessLogEntry> existing) {
        this.file = file;
        this.entries.addAll(existing);
    }

    /** A log in memory. */
    public static AccessLog inMemory() {
        return new AccessLog(Optional.empty(), List.of());
    }

    /**
     * The log in {@code file}, created on the first entry; the entries already there are read.
     *
     * @throws UncheckedIOException if the file exists and cannot be read
     */
    public static AccessLog inFile(Path file) {
        requireNonNull(file, "file");
        List<AccessLogEntry> existing = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        existing.add(JSON.readValue(line, AccessLogEntry.class));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new AccessLog(Optional.of(file), existing);
    }

    /**
     * Appends a read, chained to the last entry, and writes it through to the file before returning.
     *
     * @return the entry appended
     */
    public synchronized AccessLogEntry append(Instant readAt, String actorId, String role, String unitCode,
            String subject, String purpose) {
        long sequence = entries.size() + 1L;
        String previous = entries.isEmpty() ? EventChain.GENESIS_HASH : entries.get(entries.size() - 1).hash();
        AccessLogEntry entry = new AccessLogEntry(sequence, readAt, actorId, role, unitCode, subject, purpose, previous,
                hashOf(sequence, readAt, actorId, role, unitCode, subject, purpose, previous));
        if (file.isPresent()) {
            try {
                Files.writeString(file.get(), JSON.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        entries.add(entry);
        return entry;
    }

    /** Every entry, in order; immutable. */
    public synchronized List<AccessLogEntry> entries() {
        return List.copyOf(entries);
    }

    /** The sequence of the first entry whose link or hash is wrong, or empty when the chain is whole. */
    public synchronized Optional<Long> verify() {
        String previous = EventChain.GENESIS_HASH;
        for (int i = 0; i < entries.size(); i++) {
            AccessLogEntry entry = entries.get(i);
            if (entry.sequence() != i + 1 || !entry.previousHash().equals(previous)
                    || !entry.hash().equals(hashOf(entry.sequence(), entry.readAt(), entry.actorId(), entry.role(),
                            entry.unitCode(), entry.subject(), entry.purpose(), entry.previousHash()))) {
                return Optional.of((long) i + 1);
            }
            previous = entry.hash();
        }
        return Optional.empty();
    }

    /** The hash of an entry with these fields (see the class comment). */
    public static String hashOf(long sequence, Instant readAt, String actorId, String role, String unitCode,
            String subject, String purpose, String previousHash) {
        String text = String.join("\n", Long.toString(sequence), readAt.toString(), actorId, role, unitCode, subject,
                purpose, previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
