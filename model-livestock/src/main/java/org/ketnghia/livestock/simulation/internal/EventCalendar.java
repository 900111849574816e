package org.ketnghia.livestock.simulation.internal;

import java.util.Arrays;

/**
 * Month buckets of events: each entry packs the slot, the slot's generation when scheduled and a
 * kind. Entries of a slot freed since are stale and skipped (lazy deletion).
 */
final class EventCalendar {
    /**
     * The calendars of the replicate running on this thread: kept from one replicate to the next (a
     * replicate runs on one thread from start to end), so that the buckets' arrays, grown once, are not
     * allocated again for every replicate.
     */
    private static final ThreadLocal<EventCalendar[]> SCRATCH = new ThreadLocal<>();

    private final Bucket[] buckets;

    EventCalendar(int months) {
        buckets = new Bucket[months + 1];
        for (int m = 0; m <= months; m++) {
            buckets[m] = new Bucket();
        }
    }

    /** Four empty calendars of {@code months} months for the replicate starting on this thread. */
    static EventCalendar[] forThread(int months) {
        EventCalendar[] calendars = SCRATCH.get();
        if (calendars == null || calendars[0].buckets.length != months + 1) {
            calendars = new EventCalendar[] {new EventCalendar(months), new EventCalendar(months), new EventCalendar(months),
                new EventCalendar(months)};
            SCRATCH.set(calendars);
        }
        for (EventCalendar calendar : calendars) {
            for (Bucket bucket : calendar.buckets) {
                bucket.count = 0;
            }
        }
        return calendars;
    }

    void add(int month, int slot, int generation, int kind) {
        Bucket bucket = buckets[month];
        int count = bucket.count;
        long[] entries = bucket.entries;
        if (count == entries.length) {
            entries = Arrays.copyOf(entries, count * 2);
            bucket.entries = entries;
        }
        entries[count] = ((long) generation << 32) | ((long) slot << 2) | kind;
        bucket.count = count + 1;
    }

    /** The bucket of {@code month}. */
    Bucket take(int month) {
        return buckets[month];
    }

    static int slot(long entry) {
        return (int) (entry & 0xFFFFFFFFL) >>> 2;
    }

    static int generation(long entry) {
        return (int) (entry >>> 32);
    }

    static int kind(long entry) {
        return (int) (entry & 3);
    }

    /** The entries of one month. */
    static final class Bucket {
        long[] entries = new long[32];
        int count;
    }
}
