package org.ketnghia.examples.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.province.ProvincePacks;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.examples.programme.ProgrammeFile;

/** The host hands every simulator the same typed trace context, built from the programme file. */
class HostTraceTest {

    @Test
    void traceContext_carriesTheProvinceActor_everyPilotCommunesVillages_andTheProgrammeDates() {
        try (ProgrammeHost host = ProgrammeHost.inMemory(ProgrammeFile.shipped(), ProvinceData.of(ProvincePacks.quangNam()))) {
            TraceContext context = Simulations.traceContext(host);

            assertThat(context.actor()).isEqualTo(ProgrammeHost.PROVINCE);
            assertThat(context.actorFor("QNA.TAY-GIANG.A-XAN")).isEqualTo(ProgrammeHost.PROVINCE);
            assertThat(context.villagesByCommune()).hasSize(host.plan().pilotCommunes().size());
            assertThat(context.villageOf("QNA.TAY-GIANG.A-XAN")).isEqualTo("QNA.TAY-GIANG.A-XAN.THON-1");
            assertThat(context.programmeStart()).isEqualTo(host.plan().programme().start());
            assertThat(context.programmeEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(context.units()).isSameAs(host.units());
        }
    }

    @Test
    void aPilotCommuneMergedIn2025_recordsThroughItsSuccessor() {
        try (ProgrammeHost host = ProgrammeHost.inMemory(ProgrammeFile.shipped(), ProvinceData.of(ProvincePacks.quangNam()))) {
            TraceContext context = Simulations.traceContext(host);

            assertThat(context.unitInForce("QNA.TAY-GIANG.A-XAN", LocalDate.of(2022, 1, 1))).isEqualTo("QNA.TAY-GIANG.A-XAN");
            assertThat(context.unitInForce("QNA.TAY-GIANG.A-XAN", LocalDate.of(2025, 7, 1)))
                    .isNotEqualTo("QNA.TAY-GIANG.A-XAN")
                    .satisfies(successor -> assertThat(host.units().unitAsOf(successor, LocalDate.of(2025, 7, 1))).isPresent());
        }
    }
}
