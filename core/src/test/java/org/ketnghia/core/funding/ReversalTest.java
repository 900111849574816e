package org.ketnghia.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.core.funding.FundingFixtures.A_XAN;
import static org.ketnghia.core.funding.FundingFixtures.CH_OM;
import static org.ketnghia.core.funding.FundingFixtures.IN_2024;
import static org.ketnghia.core.funding.FundingFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.FundingFixtures.expenditure;
import static org.ketnghia.core.funding.FundingFixtures.money;
import static org.ketnghia.core.funding.FundingFixtures.pledge;
import static org.ketnghia.core.funding.FundingFixtures.receiptAgainst;
import static org.ketnghia.core.funding.FundingFixtures.source;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

/** Reversing a receipt or an expenditure recorded by mistake: never below zero, never twice, always traceable. */
class ReversalTest {

    private static final LocalDate LATER = LocalDate.of(2024, 4, 1);
    private static final Set<ActorRole> MAY_REVERSE = EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE,
            ActorRole.DISTRICT_OFFICE, ActorRole.COMMUNE_COMMITTEE);

    private KetnghiaRuntime runtime;


    /** Whatever the test recorded, every projection with a snapshot form restores as a full replay folds it. */
    @org.junit.jupiter.api.AfterEach
    void snapshotsRestoreAsAFullReplay() {
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @BeforeEach
    void receiveMoney() {
        runtime = FundingFixtures.runtime();
        runtime.ledger().submit(source("stc", FundingSourceKind.SPONSOR, "so-tai-chinh"));
        runtime.ledger().submit(pledge("ck-1", "stc", A_XAN, LIVESTOCK, 100));
        runtime.ledger().submit(receiptAgainst("thu-1", "ck-1", A_XAN, 60));
    }

    static ReverseReceipt.Builder reverseReceipt(String reversalId, String receiptId) {
        return ReverseReceipt.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(LATER).reversalId(reversalId)
                .receiptId(receiptId).reason("Ghi trùng khoản thu").documentReference("ĐC-" + reversalId);
    }

    static ReverseExpenditure.Builder reverseExpenditure(String reversalId, String expenditureId) {
        return ReverseExpenditure.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(LATER).reversalId(reversalId)
                .expenditureId(expenditureId).reason("Chi sai đối tượng").documentReference("ĐC-" + reversalId);
    }

    private void assertRefused(Command command, org.ketnghia.core.error.ErrorCode... codes) {
        long before = runtime.ledger().lastSequence();
        Money balanceBefore = money(runtime, l -> l.balance(A_XAN, LIVESTOCK));
        assertThatThrownBy(() -> runtime.ledger().submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code).containsExactlyInAnyOrder(codes));
        assertThat(runtime.ledger().lastSequence()).as("a refused command appends nothing").isEqualTo(before);
        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(balanceBefore);
    }

    @Test
    void wholeReceipt_isReversed_leavingTheFundThePledgeAndThePlanTable() {
        runtime.ledger().submit(reverseReceipt("dc-1", "thu-1").build());

        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ZERO);
        assertThat(money(runtime, l -> l.received(A_XAN, LIVESTOCK))).isEqualTo(Money.ZERO);
        assertThat(money(runtime, l -> l.pledge("ck-1").orElseThrow().received())).isEqualTo(Money.ZERO);
        assertThat(runtime.ledger().read(FundingLedger.class, FundingLedger::receipts)).isEmpty();
        assertThat(money(runtime, l -> l.planVersusActualByModel().row(LIVESTOCK).orElseThrow().received()))
                .isEqualTo(Money.ZERO);
        FundReversal reversal = runtime.ledger().read(FundingLedger.class, l -> l.reversalOf("thu-1")).orElseThrow();
        assertThat(reversal).extracting(FundReversal::reversalId, FundReversal::kind, FundReversal::reversedId,
                FundReversal::amount, FundReversal::reason).containsExactly("dc-1", FundReversal.Kind.RECEIPT, "thu-1",
                Money.ofMillions(60), "Ghi trùng khoản thu");
        assertThat(runtime.ledger().read(FundingLedger.class, l -> l.receipt("thu-1")).orElseThrow().receivedOn())
                .as("the receipt stays in the history").isEqualTo(IN_2024);
    }

    @Test
    void receiptWhoseMoneyWasSpent_isReversedOnlyForWhatRemains() {
        runtime.ledger().submit(expenditure("chi-1", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(40)));

        assertRefused(reverseReceipt("dc-1", "thu-1").build(), FundingErrorCode.FUNDING_REVERSAL_EXCEEDS_REMAINING);
        assertRefused(reverseReceipt("dc-1", "thu-1").amount(Money.ofMillions(21)).build(),
                FundingErrorCode.FUNDING_REVERSAL_EXCEEDS_REMAINING);
        runtime.ledger().submit(reverseReceipt("dc-1", "thu-1").amount(Money.ofMillions(20)).build());

        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ZERO);
        assertThat(money(runtime, l -> l.receipt("thu-1").orElseThrow().amount())).isEqualTo(Money.ofMillions(40));
        assertThat(money(runtime, l -> l.receipt("thu-1").orElseThrow().remaining())).isEqualTo(Money.ZERO);
        assertThat(money(runtime, l -> l.pledge("ck-1").orElseThrow().received())).isEqualTo(Money.ofMillions(40));
        assertRefused(expenditure("chi-2", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofDong(1)),
                FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);
    }

    @Test
    void reversedReceipt_cannotBeReversedTwice() {
        runtime.ledger().submit(reverseReceipt("dc-1", "thu-1").amount(Money.ofMillions(10)).build());

        assertRefused(reverseReceipt("dc-2", "thu-1").amount(Money.ofMillions(10)).build(),
                FundingErrorCode.FUNDING_ALREADY_REVERSED);
    }

    @Test
    void expenditure_isReversed_returningItsMoneyToTheReceiptsThatPaid() {
        runtime.ledger().submit(expenditure("chi-1", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(40)));
        runtime.ledger().submit(reverseExpenditure("dc-1", "chi-1").build());

        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ofMillions(60));
        assertThat(money(runtime, l -> l.spent(A_XAN, LIVESTOCK))).isEqualTo(Money.ZERO);
        assertThat(money(runtime, l -> l.receipt("thu-1").orElseThrow().spent())).isEqualTo(Money.ZERO);
        assertThat(money(runtime, l -> l.planVersusActualByCommune().row(A_XAN).orElseThrow().spent()))
                .isEqualTo(Money.ZERO);
        assertThat(runtime.ledger().read(FundingLedger.class, FundingLedger::expenditures)).isEmpty();
        assertThat(FundingFixtures.fact(runtime, l -> l.expenditure("chi-1").isPresent() && l.isReversed("chi-1"))).isTrue();
        assertThat(runtime.ledger().read(FundingLedger.class, FundingLedger::reversals))
                .extracting(FundReversal::reversalId, FundReversal::kind, FundReversal::reversedId, FundReversal::amount)
                .containsExactly(tuple("dc-1", FundReversal.Kind.EXPENDITURE, "chi-1", Money.ofMillions(40)));
        assertRefused(reverseExpenditure("dc-2", "chi-1").build(), FundingErrorCode.FUNDING_ALREADY_REVERSED);

        runtime.ledger().submit(expenditure("chi-2", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(60)));
        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ZERO);
        assertThat(money(runtime, FundingLedger::untracedSpending)).isEqualTo(Money.ZERO);
    }

    @Test
    void reversingTheExpenditureFirst_letsTheWholeReceiptBeReversed() {
        runtime.ledger().submit(expenditure("chi-1", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(40)));
        runtime.ledger().submit(reverseExpenditure("dc-1", "chi-1").build());
        runtime.ledger().submit(reverseReceipt("dc-2", "thu-1").build());

        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ZERO);
        assertThat(money(runtime, l -> l.received(A_XAN, LIVESTOCK))).isEqualTo(Money.ZERO);
    }

    @Test
    void reversalWithEveryProblem_reportsThemAll() {
        runtime.ledger().submit(expenditure("chi-1", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(40)));

        assertRefused(reverseReceipt("thu-1", "thu-404").reason(" ").documentReference("").amount(Money.ZERO).build(),
                FundingErrorCode.FUNDING_ID_IN_USE, CoreErrorCode.VALUE_BLANK, CoreErrorCode.VALUE_BLANK,
                FundingErrorCode.FUNDING_AMOUNT_NOT_POSITIVE, FundingErrorCode.FUNDING_RECEIPT_UNKNOWN);
        assertRefused(reverseExpenditure("dc-1", "chi-404").build(), FundingErrorCode.FUNDING_EXPENDITURE_UNKNOWN);
        assertRefused(reverseExpenditure("dc-1", "chi-1").unitCode(CH_OM).occurredOn(LocalDate.of(2024, 2, 1)).build(),
                FundingErrorCode.FUNDING_REVERSAL_OTHER_COMMUNE, FundingErrorCode.FUNDING_REVERSAL_BEFORE_ORIGINAL);
        assertRefused(reverseReceipt("dc-1", "thu-1").unitCode(CH_OM).amount(Money.ofMillions(1)).build(),
                FundingErrorCode.FUNDING_REVERSAL_OTHER_COMMUNE);
    }

    @ParameterizedTest
    @EnumSource(ActorRole.class)
    void reversals_areRecordedOnlyByTheCommitteesAndTheSystem(ActorRole role) {
        runtime.ledger().submit(expenditure("chi-1", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(10)));
        Actor actor = actorIn(role);
        ReverseExpenditure expenditureReversal = reverseExpenditure("dc-1", "chi-1").actor(actor).build();
        ReverseReceipt receiptReversal = reverseReceipt("dc-2", "thu-1").actor(actor).amount(Money.ofMillions(5)).build();

        if (MAY_REVERSE.contains(role)) {
            assertThat(runtime.ledger().submit(expenditureReversal)).hasSize(1);
            assertThat(runtime.ledger().submit(receiptReversal)).hasSize(1);
        } else {
            for (Command command : new Command[] {expenditureReversal, receiptReversal}) {
                long before = runtime.ledger().lastSequence();
                assertThatThrownBy(() -> runtime.ledger().submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(LedgerErrorCode.LEDGER_PERMISSION_ROLE)
                                || e.has(LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY)).as(e.getMessage()).isTrue());
                assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
            }
        }
    }

    @Test
    void communeCommitteeOfAnotherCommune_mayNotReverse() {
        runtime.ledger().submit(expenditure("chi-1", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(10)));
        ReverseExpenditure foreign = reverseExpenditure("dc-1", "chi-1")
                .actor(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, CH_OM)).build();

        assertThatThrownBy(() -> runtime.ledger().submit(foreign)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.has(LedgerErrorCode.LEDGER_PERMISSION_SCOPE)).isTrue());
    }

    /** An actor of {@code role} scoped to A Xan (its district for a district office), or a sponsor's accountant. */
    static Actor actorIn(ActorRole role) {
        return switch (role) {
            case SYSTEM -> Actor.system("he-thong");
            case SPONSOR -> Actor.forSponsor("ke-toan", "Kế toán Sở Tài chính", "so-tai-chinh");
            case DISTRICT_OFFICE -> Fixtures.actor(role, FundingFixtures.TAY_GIANG_DISTRICT);
            default -> Fixtures.actor(role, A_XAN);
        };
    }
}
