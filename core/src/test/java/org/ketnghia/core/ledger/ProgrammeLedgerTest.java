package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.demo.DemoItems;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;

/** One ledger holding two programmes: each event names the programme it was recorded for, under the hash chain. */
class ProgrammeLedgerTest {

    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final String CHOM = "QNA.TAY-GIANG.CHOM";
    private static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
            .addModel(new DemoModel()).eventStore(store).clock(Fixtures.CLOCK).build();

    @Test
    void eachProgrammeNamesItsEvents_theStateIsTheWholeLedgers_andTheChainVerifies() {
        Ledger ledger = runtime.ledger();
        ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "chung", 1));
        ledger.forProgramme("quang-nam-2021").submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2));
        ledger.forProgramme("quang-nam-2024").submitAll(List.of(recordItem(PROVINCE, CHOM, IN_2024, "de-01", 5),
                recordItem(PROVINCE, CHOM, IN_2024, "de-02", 5)));

        List<EventEnvelope> events = store.readAll();
        assertThat(events).extracting(EventEnvelope::programmeId).containsExactly(Optional.empty(),
                Optional.of("quang-nam-2021"), Optional.of("quang-nam-2024"), Optional.of("quang-nam-2024"));
        assertThat(events.stream().filter(event -> event.countsFor("quang-nam-2021")).map(EventEnvelope::sequence))
                .as("an event recorded for no programme counts for every programme").containsExactly(1L, 2L);
        assertThat(events.stream().filter(event -> event.countsFor("quang-nam-2024")).map(EventEnvelope::sequence))
                .containsExactly(1L, 3L, 4L);
        assertThat(ledger.read(DemoItems.class, DemoItems::quantities)).containsOnlyKeys("chung", "bo-01", "de-01", "de-02");
        assertThat(ledger.verifyChain().isIntact()).isTrue();
    }

    @Test
    void theProgrammeIsUnderTheHash_andInTheJson_onlyWhenPresent() {
        runtime.ledger().submit(recordItem(PROVINCE, A_XAN, IN_2024, "chung", 1));
        runtime.ledger().forProgramme("quang-nam-2024").submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2));
        EventCodec codec = new EventCodec(runtime.objectMapper());
        EventChain chain = new EventChain(runtime.objectMapper());
        EventEnvelope plain = store.readAll().get(0);
        EventEnvelope tagged = store.readAll().get(1);

        assertThat(codec.write(plain)).doesNotContain("programmeId");
        assertThat(codec.write(tagged)).contains("\"unitCode\":\"" + A_XAN + "\",\"programmeId\":\"quang-nam-2024\",\"payload\"");
        assertThat(codec.read(codec.write(tagged))).isEqualTo(tagged);

        EventEnvelope moved = new EventEnvelope(tagged.sequence(), tagged.occurredOn(), tagged.recordedAt(), tagged.actor(),
                tagged.unitCode(), Optional.of("quang-nam-2021"), tagged.payload(), tagged.previousHash(), tagged.hash());
        EventEnvelope untagged = new EventEnvelope(tagged.sequence(), tagged.occurredOn(), tagged.recordedAt(), tagged.actor(),
                tagged.unitCode(), tagged.payload(), tagged.previousHash(), tagged.hash());
        assertThat(chain.expectedHash(tagged)).isEqualTo(tagged.hash());
        assertThat(chain.expectedHash(moved)).as("moving an event to another programme breaks the chain").isNotEqualTo(tagged.hash());
        assertThat(chain.expectedHash(untagged)).as("so does removing its programme").isNotEqualTo(tagged.hash());
    }

    @Test
    void aProjectionAsOneProgrammeSeesIt_foldsItsOwnEvents_andThoseOfNoProgramme() {
        Ledger ledger = runtime.ledger();
        ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "chung", 1));
        ledger.forProgramme("quang-nam-2021").submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 2));
        ledger.forProgramme("quang-nam-2024").submit(recordItem(PROVINCE, CHOM, IN_2024, "de-01", 5));

        assertThat(ledger.projectionFor("quang-nam-2021", DemoItems.class).quantities()).containsOnlyKeys("chung", "bo-01");
        assertThat(ledger.projectionFor("quang-nam-2024", DemoItems.class).quantities()).containsOnlyKeys("chung", "de-01");
        assertThat(ledger.projectionFor("khac", DemoItems.class).quantities()).containsOnlyKeys("chung");
        assertThat(ledger.read(DemoItems.class, DemoItems::quantities)).hasSize(3);
        assertThatThrownBy(() -> ledger.projectionFor("khac", UnknownProjection.class))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_UNKNOWN_PROJECTION));
    }

    private static final class UnknownProjection implements Projection {
        @Override
        public void apply(EventEnvelope event) {
            throw new AssertionError("never folded");
        }
    }

    @Test
    void anInvalidProgrammeId_isRefused_namingIt() {
        for (String invalid : List.of("", "Quang Nam", "-x", "a/b", "x".repeat(101))) {
            assertThatThrownBy(() -> runtime.ledger().forProgramme(invalid))
                    .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                        assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_PROGRAMME_ID_INVALID);
                        assertThat(e.problems().get(0).field()).isEqualTo("programmeId");
                        assertThat(e.getMessage()).contains("\"" + invalid + "\"");
                    });
        }
        assertThat(store.readAll()).isEmpty();
    }

    @Test
    void aRefusedCommand_appendsNothing_forAProgrammeEither() {
        ProgrammeLedger programme = runtime.ledger().forProgramme("quang-nam-2024");

        assertThatThrownBy(() -> programme.submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-01", 0)))
                .isInstanceOf(KetnghiaException.class);
        assertThat(store.readAll()).isEmpty();
        assertThat(programme.programmeId()).isEqualTo("quang-nam-2024");
        assertThat(programme.ledger()).isSameAs(runtime.ledger());
    }
}
