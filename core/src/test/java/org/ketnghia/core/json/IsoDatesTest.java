package org.ketnghia.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class IsoDatesTest {

    @Property(tries = 1_000)
    void instants_areWrittenAsInstantToString(
            @ForAll @LongRange(min = -63_000_000_000L, max = 254_000_000_000L) long seconds,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        for (long fraction : new long[] {nanos, nanos / 1_000 * 1_000, nanos / 1_000_000 * 1_000_000, 0}) {
            Instant instant = Instant.ofEpochSecond(seconds, fraction);
            char[] text = new char[IsoDates.MAX_LENGTH];
            int length = IsoDates.write(instant, text);
            int year = instant.atZone(java.time.ZoneOffset.UTC).getYear();
            if (year < 0 || year > 9_999) {
                assertThat(length).as("a year beyond 0–9999 is left to toString").isEqualTo(-1);
            } else {
                assertThat(new String(text, 0, length)).isEqualTo(instant.toString());
            }
        }
    }

    @Property(tries = 1_000)
    void dates_areWrittenAsLocalDateToString(@ForAll @LongRange(min = -800_000, max = 3_000_000) long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        char[] text = new char[IsoDates.MAX_LENGTH];
        int length = IsoDates.write(date, text);
        if (date.getYear() < 0 || date.getYear() > 9_999) {
            assertThat(length).as("a year beyond 0–9999 is left to toString").isEqualTo(-1);
        } else {
            assertThat(new String(text, 0, length)).isEqualTo(date.toString());
        }
    }
}
