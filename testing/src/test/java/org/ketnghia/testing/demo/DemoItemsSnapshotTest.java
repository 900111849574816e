package org.ketnghia.testing.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.contract.SnapshotFormCheck;

/**
 * The snapshot form of {@link DemoItems}: restored from its saved JSON at every event of the contract's samples and
 * one more item, it answers as the folded projection does and, fed the rest of the events, saves exactly what a full
 * replay saves.
 */
class DemoItemsSnapshotTest {

    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final LocalDate ON = LocalDate.of(2024, 3, 1);
    private static final List<String> ITEMS = List.of("bo-01", "de-01", "ga-01");

    private final DemoModel model = new DemoModel();
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
            .addModel(model).clock(Fixtures.CLOCK).build();

    @Test
    void demoItems_restoredAtEveryEvent_continueAsAFullReplay() {
        runtime.ledger().submit(recordItem(PROVINCE, A_XAN, ON, "bo-01", 2));
        runtime.ledger().submit(recordItem(PROVINCE, A_XAN, ON, "de-01", 5));
        runtime.ledger().submit(recordItem(PROVINCE, A_XAN, ON.plusDays(1), "ga-01", 3));
        List<EventEnvelope> events = runtime.ledger().store().readAll();
        assertThat(events).hasSize(3);

        SnapshotFormCheck.of(runtime.objectMapper(), model, DemoItems.class, DemoItemsSnapshotTest::answers)
                .checkEveryCut(events);
    }

    private static List<Object> answers(DemoItems items) {
        List<Object> answers = new ArrayList<>(List.of(items.quantities(), items.totalValue()));
        ITEMS.forEach(item -> answers.add(items.contains(item)));
        return answers;
    }
}
