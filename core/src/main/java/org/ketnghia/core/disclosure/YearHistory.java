package org.ketnghia.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One subject's values by year (<i>lịch sử theo năm</i>) — a household's poverty categories in the ledger of
 * support — ordered by year and, within a year, as added. Kept in two arrays instead of a tree of lists, because a
 * projection holds one per household and a province has hundreds of thousands: about 12 bytes an entry instead of
 * about 100, which keeps the cost of a long ledger in memory (and of collecting it) proportional to its size.
 *
 * <p>Mutable, not thread-safe: projections are used under their ledger's lock.
 *
 * @param <T> the value type
 */
final class YearHistory<T> {

    /**
     * The room made when the first value is followed by a second: a programme reviews its households once a year for
     * about five years, so a history that grows past one value grows once to its usual size rather than three times
     * (2, 4, 7), and keeps no unused slots at five values.
     */
    private static final int USUAL_SIZE = 5;

    private int[] years = new int[1];
    private Object[] values = new Object[1];
    private int size;

    /** Adds {@code value} for {@code year}, after every value already added for that year or an earlier one. */
    public void add(int year, T value) {
        requireNonNull(value, "value");
        if (size == years.length) {
            int capacity = size < USUAL_SIZE ? USUAL_SIZE : size + (size >> 1) + 1;
            years = Arrays.copyOf(years, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        int at = size;
        while (at > 0 && years[at - 1] > year) {
            at--;
        }
        System.arraycopy(years, at, years, at + 1, size - at);
        System.arraycopy(values, at, values, at + 1, size - at);
        years[at] = year;
        values[at] = value;
        size++;
    }

    /** How many values there are. */
    public int size() {
        return size;
    }

    /** The year of the value at {@code index} (0 is the earliest). */
    public int yearAt(int index) {
        return years[checked(index)];
    }

    /** The value at {@code index} (0 is the earliest). */
    @SuppressWarnings("unchecked")
    public T valueAt(int index) {
        return (T) values[checked(index)];
    }

    /** The values of {@code year}, as added; immutable, empty when none. */
    public List<T> ofYear(int year) {
        List<T> found = new ArrayList<>(1);
        for (int i = 0; i < size; i++) {
            if (years[i] == year) {
                found.add(valueAt(i));
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
