package org.ketnghia.core.ledger.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

/**
 * The date "today" (<i>hôm nay</i>) at an instant in a zone, as {@link LocalDate#ofInstant} gives it, worked out once
 * per day rather than for every command the ledger checks: the day's first and next day's first second are kept, and an
 * instant between them is on that day. A day with an offset transition (summer time) is never kept: it is worked out
 * every time. Thread-safe: the day is read and replaced whole.
 */
public final class Today {

    private volatile Day day;

    /** The date at {@code now} in {@code zone}. */
    public LocalDate at(Instant now, ZoneId zone) {
        Day known = day;
        long second = now.getEpochSecond();
        if (known != null && known.zone == zone && second >= known.fromSecond && second < known.untilSecond) {
            return known.date;
        }
        LocalDate date = LocalDate.ofInstant(now, zone);
        long from = date.atStartOfDay(zone).toEpochSecond();
        long until = date.plusDays(1).atStartOfDay(zone).toEpochSecond();
        ZoneOffsetTransition next = zone.getRules().nextTransition(Instant.ofEpochSecond(from - 1));
        if (next == null || next.getInstant().getEpochSecond() >= until) {
            day = new Day(zone, from, until, date);
        }
        return date;
    }

    private record Day(ZoneId zone, long fromSecond, long untilSecond, LocalDate date) {
    }
}
