package org.ketnghia.benchmarks;

import java.util.List;
import java.util.Optional;
import org.ketnghia.benchmarks.Benchmarks.Options;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/**
 * B5: JSON round trip of 1,000,000 ledger events — the mixed events of B2, recorded once through an
 * in-memory ledger — with {@link EventCodec#writeAll} then {@link EventCodec#readAll} (both cores,
 * as ledger export and restore use them: {@code B5 events-per-second}), and event by event with
 * {@link EventCodec#write} then {@link EventCodec#read} on one thread ({@code
 * B5 events-per-second-1-thread}). With {@code --encrypted}, the codec seals every household's personal fields on
 * writing and opens them on reading, as an encrypted ledger's export and restore do.
 */
final class CodecBenchmark {

    static final int EVENTS = 1_000_000;
    /** Events per batch, as {@code LedgerBackup} exports and restores them. */
    static final int BATCH = 8_192;

    private CodecBenchmark() {
    }

    static void run(Options options) {
        int full = options.size(EVENTS);
        int tenth = Math.max(1, full / 10);
        Province province = new Province(LedgerBenchmark.VILLAGES_PER_COMMUNE);
        Optional<PayloadProtection> protection = Protections.inMemory(options.encrypted());
        KetnghiaRuntime runtime = LedgerBenchmark.runtime(province, null, protection);
        List<Command> commands = MixedCommands.generate(province, full);
        for (Command command : commands) {
            runtime.ledger().submit(command);
        }
        commands = null;
        List<EventEnvelope> events = runtime.ledger().store().readAll();
        EventCodec codec = protection.map(p -> new EventCodec(runtime.objectMapper(), p))
                .orElseGet(() -> new EventCodec(runtime.objectMapper()));
        if (!codec.read(codec.write(events.get(events.size() - 1))).equals(events.get(events.size() - 1))) {
            throw new IllegalStateException("round trip changed an event");
        }
        List<EventEnvelope> small = events.subList(0, tenth);
        for (int i = 0; i < 3; i++) {
            roundTrip(codec, small);
            batchRoundTrip(codec, small);
        }
        double smallSeconds = Double.MAX_VALUE;
        double bigSeconds = Double.MAX_VALUE;
        double smallBatchSeconds = Double.MAX_VALUE;
        double bigBatchSeconds = Double.MAX_VALUE;
        for (int i = 0; i < options.repeats(); i++) {
            Measure.settle();
            smallBatchSeconds = Math.min(smallBatchSeconds, batchRoundTrip(codec, small));
            Measure.settle();
            bigBatchSeconds = Math.min(bigBatchSeconds, batchRoundTrip(codec, events));
            Measure.settle();
            smallSeconds = Math.min(smallSeconds, roundTrip(codec, small));
            Measure.settle();
            bigSeconds = Math.min(bigSeconds, roundTrip(codec, events));
        }
        options.figure("B5", "events-per-second", events.size() / bigBatchSeconds);
        options.figure("B5", "cost-growth-exponent",
                Measure.growth(tenth, smallBatchSeconds, events.size(), bigBatchSeconds));
        options.figure("B5", "events-per-second-1-thread", events.size() / bigSeconds);
        options.figure("B5", "cost-growth-exponent-1-thread",
                Measure.growth(tenth, smallSeconds, events.size(), bigSeconds));
        double writeSeconds = Double.MAX_VALUE;
        for (int i = 0; i < options.repeats(); i++) {
            long start = System.nanoTime();
            long chars = 0;
            for (EventEnvelope event : events) {
                chars += codec.write(event).length();
            }
            writeSeconds = Math.min(writeSeconds, (System.nanoTime() - start) / 1e9);
            if (chars == 0) {
                throw new IllegalStateException();
            }
        }
        options.figure("B5", "write-only-events-per-second", events.size() / writeSeconds);
    }

    /**
     * {@link EventCodec#writeAll} then {@link EventCodec#readAll} in batches of {@link #BATCH} events:
     * both cores, as ledger export and restore use them.
     */
    private static double batchRoundTrip(EventCodec codec, List<EventEnvelope> events) {
        long start = System.nanoTime();
        long sequences = 0;
        for (int from = 0; from < events.size(); from += BATCH) {
            List<EventEnvelope> batch = events.subList(from, Math.min(events.size(), from + BATCH));
            List<EventEnvelope> read = codec.readAll(codec.writeAll(batch));
            if (read.size() != batch.size()) {
                throw new IllegalStateException("batch round trip lost events");
            }
            sequences += read.get(read.size() - 1).sequence();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sequences == 0) {
            throw new IllegalStateException("nothing read");
        }
        return seconds;
    }

    /** {@link EventCodec#write} then {@link EventCodec#read}, event by event on one thread. */
    private static double roundTrip(EventCodec codec, List<EventEnvelope> events) {
        long start = System.nanoTime();
        long sequences = 0;
        for (EventEnvelope event : events) {
            sequences += codec.read(codec.write(event)).sequence();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sequences == 0) {
            throw new IllegalStateException("nothing read");
        }
        return seconds;
    }
}
