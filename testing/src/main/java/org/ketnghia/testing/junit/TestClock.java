package org.ketnghia.testing.junit;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/**
 * A clock a test moves by hand (<i>đồng hồ kiểm thử</i>): fixed until the test advances it by days or months
 * or sets a date. The ledger's "today" follows it, so a test can record a programme year by year.
 *
 * <p>Thread-safe.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private TestClock(Instant now, ZoneId zone) {
        this.now = new AtomicReference<>(requireNonNull(now, "now"));
        this.zone = requireNonNull(zone, "zone");
    }

    /** A clock at noon of {@code date} in Vietnam. */
    public static TestClock at(LocalDate date) {
        return new TestClock(noon(date), KetnghiaRuntime.VIETNAM);
    }

    /** Today's date in Vietnam on this clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(now.get(), zone);
    }

    /** Moves the clock {@code days} days on. */
    public TestClock advanceDays(long days) {
        now.updateAndGet(instant -> noon(LocalDate.ofInstant(instant, zone).plusDays(days)));
        return this;
    }

    /** Moves the clock {@code months} months on. */
    public TestClock advanceMonths(long months) {
        now.updateAndGet(instant -> noon(LocalDate.ofInstant(instant, zone).plusMonths(months)));
        return this;
    }

    /** Sets the clock to noon of {@code date}. */
    public TestClock setTo(LocalDate date) {
        now.set(noon(requireNonNull(date, "date")));
        return this;
    }

    private static Instant noon(LocalDate date) {
        return date.atTime(12, 0).atZone(KetnghiaRuntime.VIETNAM).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now.get(), other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
