package org.ketnghia.core.funding;

import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.funding.internal.FundingFeature;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

/** Small builders for funding tests: a runtime with the funding feature and one-line commands. */
final class FundingFixtures {

    static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    static final String CH_OM = "QNA.TAY-GIANG.CHOM";
    static final String A_TIENG = "QNA.TAY-GIANG.A-TIENG";
    static final String HUNG_SON = "DNG.HUNG-SON";
    static final String TAY_GIANG_DISTRICT = "QNA.TAY-GIANG";
    static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);
    static final LocalDate IN_2026 = LocalDate.of(2026, 2, 1);
    static final String LIVESTOCK = "livestock";
    static final String STARTUP = "startup";

    private FundingFixtures() {
    }

    static KetnghiaRuntime runtime() {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addFeature(new FundingFeature()).clock(Fixtures.CLOCK).build();
    }

    static RegisterFundingSource source(String sourceId, FundingSourceKind kind, String sponsorId) {
        return RegisterFundingSource.builder().actor(PROVINCE).unitCode("QNA").occurredOn(IN_2024).sourceId(sourceId)
                .name("Nguồn " + sourceId).kind(kind).sponsorId(Optional.ofNullable(sponsorId)).build();
    }

    static MakePledge pledge(String pledgeId, String sourceId, String commune, String modelId, long millions) {
        return MakePledge.builder().actor(PROVINCE).unitCode(commune).occurredOn(IN_2024).pledgeId(pledgeId)
                .sourceId(sourceId).modelId(modelId).amount(Money.ofMillions(millions)).build();
    }

    static RecordReceipt receiptAgainst(String receiptId, String pledgeId, String commune, long millions) {
        return RecordReceipt.builder().actor(PROVINCE).unitCode(commune).occurredOn(IN_2024).receiptId(receiptId)
                .pledgeId(pledgeId).amount(Money.ofMillions(millions)).build();
    }

    static RecordReceipt unpledged(String receiptId, String sourceId, String commune, FundPurpose purpose,
            Money amount) {
        return RecordReceipt.builder().actor(PROVINCE).unitCode(commune).occurredOn(IN_2024).receiptId(receiptId)
                .unpledged(true).sourceId(sourceId).modelId(purpose.modelId()).activity(purpose.activity())
                .amount(amount).build();
    }

    static RecordExpenditure expenditure(String expenditureId, String commune, FundPurpose purpose, Money amount) {
        return RecordExpenditure.builder().actor(PROVINCE).unitCode(commune).occurredOn(IN_2024)
                .expenditureId(expenditureId).modelId(purpose.modelId()).activity(purpose.activity())
                .description("Chi " + expenditureId).amount(amount).documentReference("PC-" + expenditureId).build();
    }

    /** Reads an amount from the funding ledger under the ledger's read lock. */
    static Money money(KetnghiaRuntime runtime, java.util.function.Function<FundingLedger, Money> query) {
        return runtime.ledger().read(FundingLedger.class, query);
    }

    /** Reads a yes/no fact from the funding ledger under the ledger's read lock. */
    static boolean fact(KetnghiaRuntime runtime, java.util.function.Predicate<FundingLedger> query) {
        return runtime.ledger().read(FundingLedger.class, query::test);
    }

}
