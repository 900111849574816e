package org.ketnghia.examples.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.province.ProvincePacks;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.spi.PilotModel;
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
            assertThat(context.programmeEnd()).isEqualTo(host.plan().programme().lastDay());
            assertThat(context.units()).isSameAs(host.units());
        }
    }

    @Test
    void aProjection_isFoldedOncePerLedgerState_andAgainOnceTheLedgerGrows() {
        try (ProgrammeHost host = ProgrammeHost.inMemory(ProgrammeFile.shipped(), ProvinceData.of(ProvincePacks.quangNam()))) {
            Simulations.declareSimulated(host, new Simulations.Settings(7, 1, 5, 1));
            FundingLedger before = host.projection(FundingLedger.class);

            assertThat(host.projection(FundingLedger.class)).isSameAs(before);

            ProgrammeSetup.record(host, PlanChecks.check(host).budgets());
            FundingLedger after = host.projection(FundingLedger.class);

            assertThat(after).isNotSameAs(before);
            assertThat(before.communesWithFunds()).isEmpty();
            assertThat(after.communesWithFunds()).isNotEmpty()
                    .isEqualTo(host.runtime().ledger().projectionFor(host.plan().programme().id(), FundingLedger.class)
                            .communesWithFunds());
            assertThat(host.projection(FundingLedger.class)).isSameAs(after);
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

    @Test
    void aTraceWithAnIdPrefix_recordsPrefixedIds_andEqualsItsMonteCarloReplicate_forEveryModel() {
        try (ProgrammeHost host = ProgrammeHost.inMemory(ProgrammeFile.shipped(), ProvinceData.of(ProvincePacks.quangNam()))) {
            Simulations.declareSimulated(host, new Simulations.Settings(7, 1, 5, 1));
            ProgrammeSetup.record(host, PlanChecks.check(host).budgets());
            TraceContext.Builder builder = TraceContext.builder().actor(ProgrammeHost.PROVINCE).units(host.units())
                    .programme(host.plan().programme().start(), LocalDate.of(2026, 6, 30)).idPrefix("p2-");
            host.plan().pilotCommunes().forEach(commune -> builder.villages(commune.code(),
                    commune.villages().stream().map(village -> village.code()).toList()));
            TraceContext context = builder.build();
            MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(7).replicates(1).threads(1).build();
            int traced = 0;
            for (PilotModel model : host.runtime().models()) {
                Optional<SimulationScenario> scenario = Simulations.scenario(host, model, 5);
                if (scenario.isEmpty()) {
                    continue;
                }
                long before = host.runtime().ledger().lastSequence();
                ReplicateValues trace = runner.trace(model.simulator().orElseThrow(), scenario.get(), 0, context,
                        new LedgerCommandSink(host.recorder()));
                assertThat(trace.values()).as(model.id())
                        .isEqualTo(runner.replicate(model.simulator().orElseThrow(), scenario.get(), 0).values());
                List<EventEnvelope> all = host.runtime().ledger().store().readAll();
                assertThat(all.subList((int) before, all.size())).as(model.id()).isNotEmpty()
                        .allSatisfy(event -> assertThat(event.programmeId()).contains(host.plan().programme().id()));
                traced++;
            }
            assertThat(traced).isEqualTo(5);
            String ledger = host.runtime().ledger().store().readAll().toString();
            assertThat(ledger).contains("groupId=p2-sim-to-1", "p2-HS-KN-", "p2-CB-", "p2-NS-");
        }
    }
}
