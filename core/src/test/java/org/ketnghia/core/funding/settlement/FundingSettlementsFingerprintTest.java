package org.ketnghia.core.funding.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.funding.CounterpartContributionRecorded;
import org.ketnghia.core.ledger.CodeFingerprint;

class FundingSettlementsFingerprintTest {

    @Test
    void theSettlementsCode_coversTheCalculatorThatBuildsItsFlows_andWhatDecidesACashContribution() {
        assertThat(FundingSettlements.SNAPSHOT_FORM.covered())
                .containsExactly(SettlementCalculator.class, CounterpartContributionRecorded.class);
    }

    @Test
    void theSettlementsFingerprint_isNotTheOneOfItsTwoTypesAlone_soASnapshotSavedBeforeIsReplayed() {
        String twoTypesAlone = CodeFingerprint.of(List.of(FundingSettlements.class, FundingSettlements.State.class))
                .orElseThrow();

        assertThat(CodeFingerprint.of(FundingSettlements.class, FundingSettlements.SNAPSHOT_FORM)).get()
                .isNotEqualTo(twoTypesAlone);
        assertThat(CodeFingerprint.of(List.of(FundingSettlements.class, FundingSettlements.State.class,
                SettlementCalculator.Flow.class, CounterpartContributionRecorded.class)))
                .isEqualTo(CodeFingerprint.of(FundingSettlements.class, FundingSettlements.SNAPSHOT_FORM));
    }
}
