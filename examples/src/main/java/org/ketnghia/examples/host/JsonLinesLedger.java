package org.ketnghia.examples.host;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;

/**
 * A JSON Lines export (plain or {@code .gz}) opened read-only as an {@link EventStore}, exactly as
 * exported: nothing is checked here, so that the national roll-up verifies it like any other store
 * and names the first bad sequence. (Restoring it with {@code LedgerBackup} would refuse a broken
 * backup as a whole.) A line that cannot be decoded ends the readable part: {@link #forEach} passes
 * the events before it, then throws its error. Thread-safe (immutable after opening).
 */
public final class JsonLinesLedger implements EventStore {

    private final List<EventEnvelope> events;
    private final Optional<KetnghiaException> unreadable;

    private JsonLinesLedger(List<EventEnvelope> events, Optional<KetnghiaException> unreadable) {
        this.events = List.copyOf(events);
        this.unreadable = unreadable;
    }

    /** Whether {@code path} names a JSON Lines export ({@code .jsonl} or {@code .jsonl.gz}). */
    public static boolean isJsonLines(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
    }

    /**
     * Reads the export in {@code file} with {@code codec}.
     *
     * @throws UncheckedIOException if the file cannot be read at all
     */
    public static JsonLinesLedger read(Path file, EventCodec codec) {
        requireNonNull(file, "file");
        requireNonNull(codec, "codec");
        List<EventEnvelope> events = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    events.add(codec.read(line));
                } catch (KetnghiaException e) {
                    return new JsonLinesLedger(events, Optional.of(e));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger export " + file + ": " + e.getMessage(), e);
        }
        return new JsonLinesLedger(events, Optional.empty());
    }

    @Override
    public long lastSequence() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).sequence();
    }

    @Override
    public String lastHash() {
        return events.isEmpty() ? EventChain.GENESIS_HASH : events.get(events.size() - 1).hash();
    }

    /** Refused: an export is read, never written. */
    @Override
    public void append(long expectedLastSequence, List<EventEnvelope> batch) {
        throw new UnsupportedOperationException("a JSON Lines export is opened read-only");
    }

    @Override
    public void forEach(long fromSequence, Consumer<? super EventEnvelope> consumer) {
        requireNonNull(consumer, "consumer");
        for (EventEnvelope event : events) {
            if (event.sequence() >= fromSequence) {
                consumer.accept(event);
            }
        }
        if (unreadable.isPresent()) {
            throw unreadable.get();
        }
    }
}
