package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One household's poverty statuses (<i>lịch sử tình trạng nghèo của hộ</i>), ordered by year and, within a year, as
 * recorded — as the disclosure package's {@code YearHistory} orders values — without a {@link PovertyStatus}
 * per status: each is kept as the event that recorded or corrected it, with the event's sequence and date, and the
 * status is made when asked for. A province records a status per household and year, so the registry would otherwise
 * keep (and the garbage collector copy) one more object for every status recorded, beside the event, which an
 * in-memory store keeps anyway. A status restored from a snapshot is kept as it is.
 *
 * <p>Mutable, not thread-safe: the registry is used under its ledger's lock.
 */
final class StatusHistory {

    /** Room made when the first status is followed by a second: a yearly review over a programme of about five years. */
    private static final int USUAL_SIZE = 5;

    private int[] years = new int[1];
    /** A {@link PovertyStatusRecorded}, a {@link PovertyStatusCorrected} or a {@link PovertyStatus}. */
    private Object[] sources = new Object[1];
    /** For an event: the date it happened, which the status calls the day it was recorded. */
    private LocalDate[] recordedOn = new LocalDate[1];
    /** For an event: its sequence. */
    private long[] sequences = new long[1];
    private int size;

    /** Adds the status {@code recorded} records, in the event {@code sequence} on {@code occurredOn}. */
    void add(PovertyStatusRecorded recorded, LocalDate occurredOn, long sequence) {
        add(recorded.year(), recorded, requireNonNull(occurredOn, "occurredOn"), sequence);
    }

    /** Adds the status {@code corrected} records, in the event {@code sequence} on {@code occurredOn}. */
    void add(PovertyStatusCorrected corrected, LocalDate occurredOn, long sequence) {
        add(corrected.year(), corrected, requireNonNull(occurredOn, "occurredOn"), sequence);
    }

    /** Adds a status as it is (restored from a snapshot). */
    void add(PovertyStatus status) {
        add(status.year(), status, status.recordedOn(), status.sequence());
    }

    private void add(int year, Object source, LocalDate date, long sequence) {
        requireNonNull(source, "source");
        if (size == years.length) {
            int capacity = size < USUAL_SIZE ? USUAL_SIZE : size + (size >> 1) + 1;
            years = Arrays.copyOf(years, capacity);
            sources = Arrays.copyOf(sources, capacity);
            recordedOn = Arrays.copyOf(recordedOn, capacity);
            sequences = Arrays.copyOf(sequences, capacity);
        }
        int at = size;
        while (at > 0 && years[at - 1] > year) {
            at--;
        }
        System.arraycopy(years, at, years, at + 1, size - at);
        System.arraycopy(sources, at, sources, at + 1, size - at);
        System.arraycopy(recordedOn, at, recordedOn, at + 1, size - at);
        System.arraycopy(sequences, at, sequences, at + 1, size - at);
        years[at] = year;
        sources[at] = source;
        recordedOn[at] = date;
        sequences[at] = sequence;
        size++;
    }

    /** How many statuses there are. */
    int size() {
        return size;
    }

    /** The year of the status at {@code index} (0 is the earliest). */
    int yearAt(int index) {
        return years[checked(index)];
    }

    /** The status at {@code index} (0 is the earliest), made from its event. */
    PovertyStatus statusAt(int index) {
        int at = checked(index);
        Object source = sources[at];
        if (source instanceof PovertyStatusRecorded recorded) {
            return PovertyStatus.builder().householdId(recorded.householdId()).year(recorded.year())
                    .category(recorded.category()).basis(recorded.basis()).classification(recorded.classification())
                    .recordedOn(recordedOn[at]).sequence(sequences[at]).build();
        }
        if (source instanceof PovertyStatusCorrected corrected) {
            return PovertyStatus.builder().householdId(corrected.householdId()).year(corrected.year())
                    .category(corrected.category()).basis(corrected.basis()).classification(corrected.classification())
                    .recordedOn(recordedOn[at]).sequence(sequences[at]).correctionReason(corrected.reason()).build();
        }
        return (PovertyStatus) source;
    }

    /** The index of the status of {@code year} added last (the one in force), -1 when there is none. */
    int latestIndexOf(int year) {
        for (int i = size - 1; i >= 0 && years[i] >= year; i--) {
            if (years[i] == year) {
                return i;
            }
        }
        return -1;
    }

    /** The statuses of {@code year}, as recorded; immutable, empty when none. */
    List<PovertyStatus> ofYear(int year) {
        List<PovertyStatus> found = new ArrayList<>(1);
        for (int i = 0; i < size; i++) {
            if (years[i] == year) {
                found.add(statusAt(i));
            }
        }
        return List.copyOf(found);
    }

    private int checked(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        return index;
    }
}
