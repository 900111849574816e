package org.ketnghia.core.funding.settlement;

import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.funding.ReverseExpenditure;
import org.ketnghia.core.funding.ReverseReceipt;
import org.ketnghia.core.funding.TransferBalance;
import org.ketnghia.core.funding.internal.FundingFeature;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

/** One-line commands for settlement tests (the clock says 1 June 2026). */
final class SettlementFixtures {

    static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    static final String HUNG_SON = "DNG.HUNG-SON";
    static final String LIVESTOCK = "livestock";
    static final String STARTUP = "startup";
    static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);

    private SettlementFixtures() {
    }

    static KetnghiaRuntime runtime() {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addFeature(new FundingFeature())
                .clock(Fixtures.CLOCK).build();
    }

    static RegisterFundingSource source(String sourceId, FundingSourceKind kind, String sponsorId) {
        return RegisterFundingSource.builder().actor(PROVINCE).unitCode("QNA").occurredOn(IN_2024).sourceId(sourceId)
                .name("Nguồn " + sourceId).kind(kind).sponsorId(Optional.ofNullable(sponsorId)).build();
    }

    static MakePledge pledge(String pledgeId, String sourceId, String unit, String modelId, long millions) {
        return MakePledge.builder().actor(PROVINCE).unitCode(unit).occurredOn(IN_2024).pledgeId(pledgeId)
                .sourceId(sourceId).modelId(modelId).amount(Money.ofMillions(millions)).build();
    }

    static RecordReceipt receipt(String receiptId, String pledgeId, String unit, LocalDate date, long millions) {
        return RecordReceipt.builder().actor(PROVINCE).unitCode(unit).occurredOn(date).receiptId(receiptId)
                .pledgeId(pledgeId).amount(Money.ofMillions(millions)).build();
    }

    static RecordReceipt unpledged(String receiptId, String sourceId, String unit, String modelId, LocalDate date,
            Money amount) {
        return RecordReceipt.builder().actor(PROVINCE).unitCode(unit).occurredOn(date).receiptId(receiptId)
                .unpledged(true).sourceId(sourceId).modelId(modelId).amount(amount).build();
    }

    static RecordExpenditure expenditure(String expenditureId, String unit, String modelId, LocalDate date, long millions) {
        return RecordExpenditure.builder().actor(PROVINCE).unitCode(unit).occurredOn(date).expenditureId(expenditureId)
                .modelId(modelId).description("Chi " + expenditureId).amount(Money.ofMillions(millions))
                .documentReference("PC-" + expenditureId).build();
    }

    static TransferBalance transfer(String transferId, String from, String to, String modelId, LocalDate date) {
        return TransferBalance.builder().actor(PROVINCE).unitCode(to).occurredOn(date).transferId(transferId)
                .fromCommuneCode(from).modelId(modelId).build();
    }

    /** Reverses {@code millions} of a receipt (the whole receipt when {@code millions} is null). */
    static ReverseReceipt reverseReceipt(String reversalId, String receiptId, String unit, LocalDate date, Long millions) {
        return ReverseReceipt.builder().actor(PROVINCE).unitCode(unit).occurredOn(date).reversalId(reversalId)
                .receiptId(receiptId).amount(Optional.ofNullable(millions).map(Money::ofMillions))
                .reason("Ghi sai khoản thu " + receiptId).documentReference("ĐC-" + reversalId).build();
    }

    static ReverseExpenditure reverseExpenditure(String reversalId, String expenditureId, String unit, LocalDate date) {
        return ReverseExpenditure.builder().actor(PROVINCE).unitCode(unit).occurredOn(date).reversalId(reversalId)
                .expenditureId(expenditureId).reason("Chi sai đối tượng " + expenditureId)
                .documentReference("ĐC-" + reversalId).build();
    }

    static SettleAccounts settle(String settlementId, LocalDate periodEnd, LocalDate approvedOn) {
        // Quảng Nam is part of Đà Nẵng from 1 July 2025
        String province = approvedOn.isBefore(LocalDate.of(2025, 7, 1)) ? "QNA" : "DNG";
        return SettleAccounts.builder().actor(PROVINCE).unitCode(province).occurredOn(approvedOn).settlementId(settlementId)
                .periodEnd(periodEnd).decisionReference("Quyết định " + settlementId + "/QĐ-UBND").build();
    }
}
