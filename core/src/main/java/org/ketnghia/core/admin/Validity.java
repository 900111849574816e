package org.ketnghia.core.admin;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A period during which something is in force: from a first day to a last day, both inclusive,
 * either of which may be open (unbounded).
 *
 * <p>Dates are inclusive at both ends because legal texts are written that way: Quảng Nam province
 * is valid {@code to 2025-06-30} and its successor from {@code 2025-07-01}, so the two periods
 * touch without overlapping. An inverted period (last day before first day) can be represented,
 * so that validation can report it; {@link #isInverted()} tells.
 *
 * <p>Immutable and thread-safe.
 */
public final class Validity {

    private static final Validity ALWAYS = new Validity(null, null);

    private final LocalDate from;
    private final LocalDate to;

    private Validity(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /** The period with no first and no last day. */
    public static Validity always() {
        return ALWAYS;
    }

    /**
     * The period from {@code from} to {@code to}, both inclusive.
     *
     * @param from the first day, or null for an open start
     * @param to the last day, or null for an open end
     */
    public static Validity between(LocalDate from, LocalDate to) {
        return from == null && to == null ? ALWAYS : new Validity(from, to);
    }

    /** The period between the optional bounds; empty means open. */
    public static Validity of(Optional<LocalDate> from, Optional<LocalDate> to) {
        return between(requireNonNull(from, "from").orElse(null), requireNonNull(to, "to").orElse(null));
    }

    /** The open-ended period starting on {@code from}. */
    public static Validity startingOn(LocalDate from) {
        return between(requireNonNull(from, "from"), null);
    }

    /** The period with an open start ending on {@code to} (inclusive). */
    public static Validity endingOn(LocalDate to) {
        return between(null, requireNonNull(to, "to"));
    }

    /** The first day; empty for an open start. */
    public Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    /** The last day; empty for an open end. */
    public Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    /** Whether the last day is before the first day (no day is contained). */
    public boolean isInverted() {
        return from != null && to != null && to.isBefore(from);
    }

    /** Whether {@code date} lies in the period, bounds included. */
    public boolean contains(LocalDate date) {
        requireNonNull(date, "date");
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Whether the two periods share at least one day. Inverted periods overlap nothing. */
    public boolean overlaps(Validity other) {
        requireNonNull(other, "other");
        if (isInverted() || other.isInverted()) {
            return false;
        }
        boolean startsBeforeOtherEnds = from == null || other.to == null || !from.isAfter(other.to);
        boolean otherStartsBeforeThisEnds = other.from == null || to == null || !other.from.isAfter(to);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** Whether every day of {@code other} is also in this period. */
    public boolean encloses(Validity other) {
        requireNonNull(other, "other");
        boolean startCovered = from == null || (other.from != null && !other.from.isBefore(from));
        boolean endCovered = to == null || (other.to != null && !other.to.isAfter(to));
        return startCovered && endCovered;
    }

    /**
     * Whether every day of this period lies in at least one of {@code pieces} — in their union, so that a unit's
     * records, one per period of its existence, together cover a child's link or a flag's period. Inverted pieces
     * cover no day. An inverted period (its end before its start, {@link #isInverted()}) is not a period of days: the
     * answer for it means nothing, and callers check {@link #isInverted()} first.
     *
     * @throws NullPointerException if {@code pieces} or one of them is null
     */
    public boolean isCoveredBy(Collection<Validity> pieces) {
        requireNonNull(pieces, "pieces");
        List<Validity> sorted = new ArrayList<>();
        for (Validity piece : pieces) {
            if (!piece.isInverted()) {
                sorted.add(piece);
            }
        }
        sorted.sort(Comparator.comparing((Validity piece) -> piece.from().orElse(LocalDate.MIN)));
        LocalDate cursor = from; // first day not yet covered; null is the open past
        for (Validity piece : sorted) {
            if (piece.from != null && (cursor == null || piece.from.isAfter(cursor))) {
                return false; // a day before this piece is not covered, and later pieces start later still
            }
            if (piece.to == null) {
                return true;
            }
            LocalDate next = piece.to.plusDays(1);
            if (cursor == null || next.isAfter(cursor)) {
                cursor = next;
            }
            if (to != null && cursor.isAfter(to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The days common to both periods. The result is {@linkplain #isInverted() inverted} when they
     * share no day.
     */
    public Validity intersection(Validity other) {
        requireNonNull(other, "other");
        LocalDate start = from == null ? other.from : other.from == null ? from : later(from, other.from);
        LocalDate end = to == null ? other.to : other.to == null ? to : earlier(to, other.to);
        return between(start, end);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Validity validity && Objects.equals(from, validity.from) && Objects.equals(to, validity.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to);
    }

    /** {@code "[2021-01-01 … 2025-06-30]"}, with {@code …} alone for an open bound. */
    @Override
    public String toString() {
        return "[" + (from == null ? "…" : from + " …") + (to == null ? "" : " " + to) + "]";
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
