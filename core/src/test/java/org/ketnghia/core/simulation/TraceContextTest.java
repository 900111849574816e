package org.ketnghia.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.testing.Fixtures;

/** What a trace context gives a simulator: actors, villages, units in force, dates. */
class TraceContextTest {

    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final String CHOM = "QNA.TAY-GIANG.CHOM";
    private static final Actor COMMUNE = Actor.system("ubnd-xa-a-xan");

    private final TraceContext context = TraceContext.builder().actor(Fixtures.PROVINCE).actorFor(A_XAN, COMMUNE)
            .units(Fixtures.QUANG_NAM).villages(A_XAN, List.of(A_XAN + ".THON-1", A_XAN + ".THON-2"))
            .programme(LocalDate.of(2021, 7, 1), LocalDate.of(2026, 6, 30)).build();

    @Test
    void actorFor_givesTheUnitsOwnActor_orTheDefault() {
        assertThat(context.actorFor(A_XAN)).isEqualTo(COMMUNE);
        assertThat(context.actorFor(CHOM)).isEqualTo(Fixtures.PROVINCE);
    }

    @Test
    void villages_areThePlansInOrder_andACommuneWithoutOne_isAClearError() {
        assertThat(context.villageOf(A_XAN)).isEqualTo(A_XAN + ".THON-1");
        assertThat(context.villagesOf(CHOM)).isEmpty();

        KetnghiaException error = catchThrowableOfType(() -> context.villageOf(CHOM), KetnghiaException.class);
        assertThat(error.code()).isEqualTo(SimulationErrorCode.SIMULATION_TRACE_NO_VILLAGE);
        assertThat(error.messageEn()).contains(CHOM);
    }

    @Test
    void unitInForce_isTheUnit_thenItsSingleSuccessor_andADistrictSplitAmongCommunesIsRefused() {
        assertThat(context.unitInForce(A_XAN, LocalDate.of(2024, 1, 1))).isEqualTo(A_XAN);
        String successor = context.unitInForce(A_XAN, LocalDate.of(2025, 7, 1));
        assertThat(successor).isNotEqualTo(A_XAN);
        assertThat(Fixtures.QUANG_NAM.unitAsOf(successor, LocalDate.of(2025, 7, 1))).isPresent();

        KetnghiaException error = catchThrowableOfType(() -> context.unitInForce("QNA.TAY-GIANG", LocalDate.of(2026, 1, 1)),
                KetnghiaException.class);
        assertThat(error.code()).isEqualTo(SimulationErrorCode.SIMULATION_TRACE_UNIT_NOT_IN_FORCE);
        assertThat(error.messageEn()).contains("QNA.TAY-GIANG", "2026-01-01");
    }

    @Test
    void ids_areUnprefixedByDefault_andCarryTheHostsPrefix_whichMustBeSafe() {
        assertThat(context.idPrefix()).isEmpty();
        assertThat(context.id("sim-to-1")).isEqualTo("sim-to-1");
        TraceContext second = TraceContext.builder().actor(Fixtures.PROVINCE).units(Fixtures.QUANG_NAM)
                .programme(LocalDate.of(2023, 7, 1), LocalDate.of(2028, 6, 30)).idPrefix("qn2023-").build();
        assertThat(second.id("sim-to-1")).isEqualTo("qn2023-sim-to-1");
        assertThat(second.idPrefix()).isEqualTo("qn2023-");

        for (String unsafe : List.of("a b", "x/", "ấp-", "x".repeat(41))) {
            KetnghiaException error = catchThrowableOfType(() -> TraceContext.builder().idPrefix(unsafe), KetnghiaException.class);
            assertThat(error.code()).isEqualTo(SimulationErrorCode.SIMULATION_TRACE_ID_PREFIX_INVALID);
            assertThat(error.messageEn()).contains(unsafe);
        }
    }

    @Test
    void programmeEndingBeforeItStarts_isRefused() {
        KetnghiaException error = catchThrowableOfType(() -> TraceContext.builder().actor(Fixtures.PROVINCE)
                .units(Fixtures.QUANG_NAM).programme(LocalDate.of(2026, 1, 1), LocalDate.of(2021, 1, 1)).build(),
                KetnghiaException.class);
        assertThat(error.code()).isEqualTo(CoreErrorCode.PERIOD_INVERTED);
    }
}
