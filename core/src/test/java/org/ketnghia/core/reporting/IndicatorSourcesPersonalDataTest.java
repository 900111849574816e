package org.ketnghia.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ketnghia.core.funding.PledgeMade;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.participant.HouseholdRegistered;

/**
 * Whether an indicator built from events reads personal data (<i>dữ liệu cá nhân</i>): what a national roll-up of a
 * ledger read without its keys leaves uncomputed rather than count from stand-ins.
 */
class IndicatorSourcesPersonalDataTest {

    private static final IndicatorDefinition COUNT = new IndicatorDefinition("demo.count", "Số lượng", "Count", "lượt",
            Aggregation.SUM);

    /** Events folded by what they implement: the fields of the types implementing it are not known here. */
    interface FoldedByInterface extends LedgerEvent {
    }

    @Test
    void eventsOfATypeWithNoSealedField_readNoPersonalData() {
        assertThat(IndicatorSources.fromEvents(COUNT, PledgeMade.class, pledge -> IndicatorValue.of(1))
                .readsPersonalData()).isFalse();
    }

    @Test
    void eventsOfATypeWithSealedFields_readPersonalData() {
        assertThat(IndicatorSources.fromEvents(COUNT, HouseholdRegistered.class, household -> IndicatorValue.of(1))
                .readsPersonalData()).isTrue();
    }

    @Test
    void eventsFoldedByAnInterface_areTakenToReadPersonalData() {
        assertThat(IndicatorSources.fromEvents(COUNT, FoldedByInterface.class, event -> IndicatorValue.of(1))
                .readsPersonalData()).isTrue();
    }

    @Test
    void aCount_readsNoPersonalData_evenOfEventsWithSealedFields() {
        assertThat(IndicatorSources.countOf(COUNT, HouseholdRegistered.class).readsPersonalData()).isFalse();
    }
}
