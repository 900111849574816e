package org.ketnghia.examples.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.junit.jupiter.api.Test;

/** A simulator that needs the host's villages for its trace mode gets them; any other is left alone. */
class HostTraceTest {

    record FakeSetup(Actor actor, Map<String, String> villageByCommune) {
    }

    static final class FakeSimulator implements ModelSimulator {
        final FakeSetup setup;

        FakeSimulator(FakeSetup setup) {
            this.setup = setup;
        }

        public FakeSimulator withTrace(FakeSetup value) {
            return new FakeSimulator(value);
        }

        @Override
        public String modelId() {
            return "fake";
        }

        @Override
        public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
        }
    }

    @Test
    void simulatorWithATraceSetup_receivesTheFirstVillageOfEveryPilotCommune() {
        try (ProgrammeHost host = ProgrammeHost.inMemory(ProgrammeFile.shipped())) {
            ModelSimulator traced = Simulations.withHostTrace(new FakeSimulator(null), host);

            assertThat(traced).isInstanceOfSatisfying(FakeSimulator.class, fake -> {
                assertThat(fake.setup.actor()).isEqualTo(ProgrammeHost.PROVINCE);
                assertThat(fake.setup.villageByCommune()).hasSize(host.plan().pilotCommunes().size())
                        .containsEntry("QNA.TAY-GIANG.A-XAN", "QNA.TAY-GIANG.A-XAN.THON-1");
            });
        }
    }

    @Test
    void otherSimulators_areReturnedAsTheyAre() {
        try (ProgrammeHost host = ProgrammeHost.inMemory(ProgrammeFile.shipped())) {
            ModelSimulator plain = new org.ketnghia.examples.water.CleanWaterSimulator();

            assertThat(Simulations.withHostTrace(plain, host)).isSameAs(plain);
        }
    }
}
