package org.ketnghia.examples.water;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.contract.SnapshotFormCheck;

/**
 * The snapshot form of {@link WaterSystems}: restored from its saved JSON at every event of the contract's samples
 * (two installations among core events), it answers as the folded projection does and, fed the rest of the events,
 * saves exactly what a full replay saves.
 */
class WaterSystemsSnapshotTest {

    private final CleanWaterContractTest contract = new CleanWaterContractTest();
    private final PilotModel model = contract.model();
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(contract.units())
            .addModel(model).clock(Fixtures.CLOCK).build();
    private final List<EventEnvelope> events = recorded();

    private List<EventEnvelope> recorded() {
        contract.acceptedCommands().forEach(runtime.ledger()::submit);
        return runtime.ledger().store().readAll();
    }

    @Test
    void waterSystems_restoredAtEveryEvent_continueAsAFullReplay() {
        assertThat(installations()).hasSizeGreaterThan(1);

        SnapshotFormCheck.of(runtime.objectMapper(), model, WaterSystems.class, this::answers).checkEveryCut(events);
    }

    private List<Object> answers(WaterSystems systems) {
        List<Object> answers = new ArrayList<>();
        answers.add(systems.equippedCount());
        for (WaterSystemInstalled installed : installations()) {
            answers.addAll(List.of(systems.isEquipped(installed.householdId()), systems.isUsed(installed.installationId())));
        }
        answers.addAll(List.of(systems.isEquipped("H-3"), systems.isUsed("no-such-installation")));
        return answers;
    }

    private List<WaterSystemInstalled> installations() {
        return events.stream().map(EventEnvelope::payload).filter(WaterSystemInstalled.class::isInstance)
                .map(WaterSystemInstalled.class::cast).toList();
    }
}
