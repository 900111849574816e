package org.ketnghia.core.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class TodayTest {

    private static final ZoneId[] ZONES = {ZoneId.of("Asia/Ho_Chi_Minh"), ZoneOffset.UTC, ZoneId.of("Europe/Paris"),
            ZoneId.of("America/Sao_Paulo"), ZoneId.of("Pacific/Apia"), ZoneId.of("Australia/Lord_Howe")};

    @Property(tries = 300)
    void answersAsLocalDateOfInstant_acrossMidnightsAndTransitions(
            @ForAll @LongRange(min = 0, max = 2_000_000_000L) long start,
            @ForAll @IntRange(min = 0, max = 5) int zoneIndex) {
        ZoneId zone = ZONES[zoneIndex];
        Today today = new Today();
        // every half hour for three days and a bit, through midnights and any change of offset
        for (long second = start; second < start + 3 * 86_400 + 7_200; second += 1_799) {
            Instant now = Instant.ofEpochSecond(second);
            assertThat(today.at(now, zone)).as("%s in %s", now, zone).isEqualTo(LocalDate.ofInstant(now, zone));
        }
    }

    @Property(tries = 200)
    void aDayKeptInOneZone_isNotTheAnswerInAnother(@ForAll @LongRange(min = 0, max = 2_000_000_000L) long second) {
        Today today = new Today();
        Instant now = Instant.ofEpochSecond(second);
        today.at(now, ZoneId.of("Pacific/Kiritimati"));

        assertThat(today.at(now, ZoneId.of("Pacific/Pago_Pago"))).isEqualTo(LocalDate.ofInstant(now, ZoneId.of("Pacific/Pago_Pago")));
    }
}
