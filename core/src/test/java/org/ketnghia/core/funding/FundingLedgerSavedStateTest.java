package org.ketnghia.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.funding.FundingLedgerStates.EVERY_KIND_EVENTS;
import static org.ketnghia.core.funding.FundingLedgerStates.FUNDING_SNAPSHOT_EVENTS;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketnghia.core.ledger.EventEnvelope;

/**
 * The funding ledger saves, byte for byte, the state the code of 8 December 2026 saved after every prefix of two
 * recorded ledgers ({@link FundingLedgerStates}), restores each such state to one that saves it again and folds the
 * rest of the events as that code did, and draws the same plan-versus-actual tables (<i>bảng so sánh kế hoạch – thực
 * hiện</i>): reshaping its code must not change what a snapshot holds.
 */
class FundingLedgerSavedStateTest {

    private final ObjectMapper mapper = FundingFixtures.runtime().objectMapper();

    private List<EventEnvelope> events(String resource) {
        return FundingLedgerStates.events(mapper, resource);
    }

    @Test
    void theRecordedLedgers_holdEveryKindOfFundingEvent() {
        assertThat(events(FUNDING_SNAPSHOT_EVENTS)).hasSize(15);
        assertThat(events(EVERY_KIND_EVENTS)).hasSize(29).extracting(EventEnvelope::typeId)
                .contains(FundingSourceRegistered.TYPE, PlanAllocationRecorded.TYPE, PledgeMade.TYPE, ReceiptRecorded.TYPE,
                        ExpenditureRecorded.TYPE, CounterpartContributionRecorded.TYPE, InKindContributionRecorded.TYPE,
                        ReceiptReversed.TYPE, ExpenditureReversed.TYPE, BalanceTransferred.TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {FUNDING_SNAPSHOT_EVENTS, EVERY_KIND_EVENTS})
    void theSavedState_afterEveryEvent_isByteForByteTheRecordedOne(String resource) {
        List<String> recorded = FundingLedgerStates.lines(FundingLedgerStates.statesOf(resource));

        List<String> saved = FundingLedgerStates.statesAfterEveryPrefix(mapper, events(resource));

        assertThat(saved).hasSameSizeAs(recorded);
        for (int prefix = 0; prefix < saved.size(); prefix++) {
            assertThat(saved.get(prefix)).as("the state after event %d", prefix + 1).isEqualTo(recorded.get(prefix));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {FUNDING_SNAPSHOT_EVENTS, EVERY_KIND_EVENTS})
    void eachRecordedState_restoresToALedgerThatSavesItAgain_andFoldsTheRestAsRecorded(String resource)
            throws IOException {
        List<String> recorded = FundingLedgerStates.lines(FundingLedgerStates.statesOf(resource));
        List<EventEnvelope> events = events(resource);

        for (int prefix = 0; prefix < recorded.size(); prefix++) {
            FundingLedger.State state = mapper.readerFor(FundingLedger.State.class).readValue(recorded.get(prefix));
            FundingLedger restored = FundingLedger.SNAPSHOT_FORM.restore().apply(state);
            assertThat(FundingLedgerStates.savedState(mapper, restored)).as("restored after event %d", prefix + 1)
                    .isEqualTo(recorded.get(prefix));
            for (int next = prefix + 1; next < events.size(); next++) {
                restored.apply(events.get(next));
            }
            assertThat(FundingLedgerStates.savedState(mapper, restored))
                    .as("restored after event %d, then the rest folded", prefix + 1).isEqualTo(recorded.get(recorded.size() - 1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {FUNDING_SNAPSHOT_EVENTS, EVERY_KIND_EVENTS})
    void thePlanVersusActualTables_afterEveryEvent_areTheRecordedOnes(String resource) {
        List<String> recorded = FundingLedgerStates.lines(FundingLedgerStates.tablesOf(resource));

        assertThat(FundingLedgerStates.tablesAfterEveryPrefix(events(resource))).containsExactlyElementsOf(recorded);
    }
}
