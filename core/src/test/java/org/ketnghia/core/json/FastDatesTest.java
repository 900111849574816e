package org.ketnghia.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FastDatesTest {

    private final ObjectMapper mapper = KetnghiaJson.newObjectMapper();
    /** Jackson's own ISO writers, without ketnghia's fast ones. */
    private static final ObjectMapper JACKSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Property(tries = 300)
    void instants_readBackExactly(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long seconds,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) throws Exception {
        Instant instant = Instant.ofEpochSecond(seconds, nanos);
        assertThat(mapper.readValue(mapper.writeValueAsString(instant), Instant.class)).isEqualTo(instant);
        Instant whole = Instant.ofEpochSecond(seconds);
        assertThat(mapper.readValue(mapper.writeValueAsString(whole), Instant.class)).isEqualTo(whole);
    }

    @Property(tries = 500)
    void instants_areWrittenExactlyAsJacksonWritesThem(
            @ForAll @LongRange(min = -62_200_000_000L, max = 253_500_000_000L) long seconds,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) throws Exception {
        for (long fraction : new long[] {nanos, nanos / 1_000 * 1_000, nanos / 1_000_000 * 1_000_000, 0}) {
            Instant instant = Instant.ofEpochSecond(seconds, fraction);
            assertThat(mapper.writeValueAsString(instant)).isEqualTo(JACKSON.writeValueAsString(instant));
        }
    }

    @Property(tries = 300)
    void dates_areWrittenExactlyAsJacksonWritesThem(@ForAll @LongRange(min = -800_000, max = 3_000_000) long epochDay)
            throws Exception {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        assertThat(mapper.writeValueAsString(date)).isEqualTo(JACKSON.writeValueAsString(date));
    }

    @Property(tries = 300)
    void dates_readBackExactly(@ForAll @LongRange(min = -25_000, max = 60_000) long epochDay) throws Exception {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        assertThat(mapper.readValue(mapper.writeValueAsString(date), LocalDate.class)).isEqualTo(date);
    }

    @Test
    void otherForms_goToJacksonsOwnReaders() throws Exception {
        assertThat(mapper.readValue("\"2026-06-01T09:00:00+07:00\"", Instant.class))
                .isEqualTo(Instant.parse("2026-06-01T02:00:00Z"));
        assertThat(mapper.readValue("[2021,7,1]", LocalDate.class)).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThatThrownBy(() -> mapper.readValue("\"2021-02-30\"", LocalDate.class))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("\"2026-06-01T25:00:00Z\"", Instant.class))
                .isInstanceOf(InvalidFormatException.class);
    }
}
