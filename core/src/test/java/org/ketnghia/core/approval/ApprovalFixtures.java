package org.ketnghia.core.approval;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.CorrectPovertyStatus;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/** A runtime under a four-eyes policy, its people, and one-line commands. */
final class ApprovalFixtures {

    static final String A_XAN = Participants.A_XAN;
    static final String A_NONG = Participants.A_NONG;
    static final LocalDate IN_2024 = Participants.IN_2024;
    static final FundPurpose CATTLE = FundPurpose.of("livestock");
    static final Money THRESHOLD = Money.ofMillions(50);
    static final Period EXPIRY = Period.ofDays(10);

    /** Records at the commune: the maker. */
    static final Actor ACCOUNTANT = Actor.forUnit("ke-toan@a-xan", "Kế toán xã A Xan", ActorRole.COMMUNE_COMMITTEE, A_XAN);
    /** Approves at the commune: the checker. */
    static final Actor CHAIRMAN = Actor.forUnit("chu-tich@a-xan", "Chủ tịch UBND xã A Xan", ActorRole.COMMUNE_COMMITTEE, A_XAN);

    static final ApprovalPolicy POLICY = ApprovalPolicy.of(
            ApprovalRule.above(RecordExpenditure.class, RecordExpenditure::amount, THRESHOLD),
            ApprovalRule.always(CorrectPovertyStatus.class).expiringAfter(EXPIRY));

    private ApprovalFixtures() {
    }

    static KetnghiaRuntime runtime(ApprovalPolicy policy, Clock clock) {
        return KetnghiaRuntime.builder().administrativeUnits(Participants.units()).clock(clock).approvalPolicy(policy).build();
    }

    /** 100 million đồng received by A Xan for cattle, and household HN-001 poor in 2024. */
    static void given(KetnghiaRuntime runtime) {
        runtime.ledger().submitAll(List.of(
                RegisterFundingSource.builder().actor(Fixtures.PROVINCE).unitCode("QNA").occurredOn(IN_2024).sourceId("vinamilk")
                        .name("Vinamilk").kind(FundingSourceKind.ENTERPRISE).build(),
                RecordReceipt.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(IN_2024).receiptId("thu-1").unpledged(true)
                        .sourceId("vinamilk").modelId(CATTLE.modelId()).amount(Money.ofMillions(100)).build(),
                Participants.household("HN-001", Participants.A_UR, A_XAN, Participants.head("Bríu Thị Hoa", Sex.FEMALE, 1975)).build(),
                Participants.status("HN-001", A_XAN, 2024, PovertyCategory.POOR)));
    }

    static RecordExpenditure expenditure(String id, long millions) {
        return RecordExpenditure.builder().actor(ACCOUNTANT).unitCode(A_XAN).occurredOn(IN_2024).expenditureId(id)
                .modelId(CATTLE.modelId()).description("Mua bò giống " + id).amount(Money.ofMillions(millions))
                .documentReference("PC-" + id).build();
    }

    static CorrectPovertyStatus correction() {
        return CorrectPovertyStatus.builder().actor(ACCOUNTANT).unitCode(A_XAN).occurredOn(IN_2024).householdId("HN-001").year(2024)
                .category(PovertyCategory.NEAR_POOR).basis("Quyết định 15/QĐ-UBND ngày 20/01/2024")
                .reason("Phúc tra theo đơn ngày 05/01/2024").build();
    }

    static ApproveRequest approve(Actor by, String requestId) {
        return ApproveRequest.builder().actor(by).unitCode(A_XAN).occurredOn(IN_2024).requestId(requestId)
                .sponsorId(by.scopeSponsor()).build();
    }

    static RejectRequest reject(Actor by, String requestId) {
        return RejectRequest.builder().actor(by).unitCode(A_XAN).occurredOn(IN_2024).requestId(requestId)
                .sponsorId(by.scopeSponsor()).reason("Chứng từ chưa đủ").build();
    }

    /** The id of the request the single recorded event holds. */
    static String requestIdOf(List<EventEnvelope> recorded) {
        return recorded.get(0).payloadAs(ApprovalRequested.class).orElseThrow().requestId();
    }

    static List<org.ketnghia.core.funding.FundExpenditure> expenditures(KetnghiaRuntime runtime) {
        return runtime.ledger().read(FundingLedger.class, FundingLedger::expenditures);
    }

    static Money balance(KetnghiaRuntime runtime) {
        return runtime.ledger().read(FundingLedger.class, funds -> funds.balance(A_XAN, CATTLE.modelId()));
    }

    /** A clock the test moves forward by hand. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Period period) {
            now = now.atZone(getZone()).plus(period).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return KetnghiaRuntime.VIETNAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("fixed to Vietnam's zone");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
