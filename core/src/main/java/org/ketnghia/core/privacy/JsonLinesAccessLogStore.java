package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An {@link AccessLogStore} in a JSON Lines file: one entry per line, as Jackson writes an {@link AccessLogEntry}
 * (its fields in order, the time as an ISO instant), each line written and synced to the device before {@link
 * #appendIfNext} returns. The format is the one {@link AccessLog#inFile} has always written; a file written by an
 * earlier version opens as it was.
 *
 * <p>The entries are read once, when the store is opened, and kept in memory: a file has one writer. Two stores (or
 * two processes) appending to the same file would fork its chain; a log that several processes share belongs in a
 * database ({@code JdbcAccessLogStore} of {@code ketnghia-store-jdbc}). Thread-safe.
 */
public final class JsonLinesAccessLogStore implements AccessLogStore {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path file;
    private final List<AccessLogEntry> entries;

    private JsonLinesAccessLogStore(Path file, List<AccessLogEntry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /**
     * The store in {@code file}, created on the first entry; the entries already there are read.
     *
     * @throws UncheckedIOException if the file exists and cannot be read, or a line is not an entry (its message
     *     names the line)
     */
    public static JsonLinesAccessLogStore open(Path file) {
        requireNonNull(file, "file");
        List<AccessLogEntry> existing = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int index = 0; index < lines.size(); index++) {
                    if (!lines.get(index).isBlank()) {
                        existing.add(entryOf(lines.get(index), index + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new JsonLinesAccessLogStore(file, existing);
    }

    /**
     * The entry of one line of the format ({@link AccessLogBackup} reads its part with it). Each line is parsed alone,
     * so Jackson's location would always say line 1: the message names the line.
     */
    static AccessLogEntry entryOf(String line, long lineNumber) throws IOException {
        try {
            return JSON.readValue(line, AccessLogEntry.class);
        } catch (JsonProcessingException e) {
            throw new IOException("line " + lineNumber + " is not an access log entry: " + e.getOriginalMessage(), e);
        }
    }

    /** The file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<AccessLogEntry> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    /**
     * Appends the entry's line to the file and syncs it when it is the next one.
     *
     * @throws UncheckedIOException if the file cannot be written (the entry is then not kept)
     */
    @Override
    public synchronized boolean appendIfNext(AccessLogEntry entry) {
        requireNonNull(entry, "entry");
        if (!entry.isNextAfter(last())) {
            return false;
        }
        try {
            Files.writeString(file, lineOf(entry) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.add(entry);
        return true;
    }

    /** The line of the format for {@code entry}, without its line break ({@link AccessLogBackup} writes its part with it). */
    static String lineOf(AccessLogEntry entry) throws JsonProcessingException {
        return JSON.writeValueAsString(entry);
    }

    @Override
    public synchronized List<AccessLogEntry> entries() {
        return List.copyOf(entries);
    }
}
