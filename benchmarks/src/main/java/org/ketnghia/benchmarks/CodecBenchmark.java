package org.ketnghia.benchmarks;

import java.util.List;
import org.ketnghia.benchmarks.Benchmarks.Options;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/**
 * B5: JSON round trip ({@link EventCodec#write} then {@link EventCodec#read}) of 1,000,000 ledger
 * events: the mixed events of B2, recorded once through an in-memory ledger.
 */
final class CodecBenchmark {

    static final int EVENTS = 1_000_000;

    private CodecBenchmark() {
    }

    static void run(Options options) {
        int full = options.size(EVENTS);
        int tenth = Math.max(1, full / 10);
        Province province = new Province(LedgerBenchmark.VILLAGES_PER_COMMUNE);
        KetnghiaRuntime runtime = LedgerBenchmark.runtime(province, null);
        List<Command> commands = MixedCommands.generate(province, full);
        for (Command command : commands) {
            runtime.ledger().submit(command);
        }
        commands = null;
        List<EventEnvelope> events = runtime.ledger().store().readAll();
        EventCodec codec = new EventCodec(runtime.objectMapper());
        if (!codec.read(codec.write(events.get(events.size() - 1))).equals(events.get(events.size() - 1))) {
            throw new IllegalStateException("round trip changed an event");
        }
        List<EventEnvelope> small = events.subList(0, tenth);
        for (int i = 0; i < 3; i++) {
            roundTrip(codec, small);
        }
        double smallSeconds = Double.MAX_VALUE;
        double bigSeconds = Double.MAX_VALUE;
        for (int i = 0; i < options.repeats(); i++) {
            Measure.settle();
            smallSeconds = Math.min(smallSeconds, roundTrip(codec, small));
            Measure.settle();
            bigSeconds = Math.min(bigSeconds, roundTrip(codec, events));
        }
        options.figure("B5", "events-per-second", events.size() / bigSeconds);
        options.figure("B5", "cost-growth-exponent", Measure.growth(tenth, smallSeconds, events.size(), bigSeconds));
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
