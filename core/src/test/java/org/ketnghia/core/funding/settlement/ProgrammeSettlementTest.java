package org.ketnghia.core.funding.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.A_XAN;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.HUNG_SON;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.IN_2024;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.STARTUP;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.expenditure;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.pledge;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.receipt;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.reverseReceipt;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.settle;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.source;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.transfer;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.unpledged;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.ledger.ProgrammeLedger;
import org.ketnghia.core.ledger.SnapshotFormCheck;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/**
 * One ledger holding two programmes, each receiving and spending, and money recorded for no programme: a
 * settlement of one programme holds exactly its own money and the money of no programme.
 */
class ProgrammeSettlementTest {

    private static final String CHOM = "QNA.TAY-GIANG.CHOM";
    private static final String PILOT = "quang-nam-2021";
    private static final String FOLLOW_UP = "quang-nam-2024";
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 10);
    private static final LocalDate DEC_2024 = LocalDate.of(2024, 12, 20);
    private static final Money FOLLOW_UP_RECEIVED = Money.ofMillions(30).plus(Money.ofDong(123));
    private static final Money FOLLOW_UP_SPENT = Money.ofMillions(11).plus(Money.ofDong(7));

    private KetnghiaRuntime runtime;
    private ProgrammeLedger pilot;
    private ProgrammeLedger followUp;

    /**
     * The pilot: the Department of Finance pledges 100 M to A Xan's livestock and pays 60 M, of which 25 M is
     * spent. The follow-up: the state budget pays Ch'ơm 30,000,123 đồng, of which 11,000,007 is spent. For no
     * programme: an enterprise pays A Xan 7 M for start-ups, of which 2 M is spent.
     */
    @BeforeEach
    void twoProgrammesReceiveAndSpend_andSomeMoneyIsForNoProgramme() {
        runtime = SettlementFixtures.runtime();
        pilot = runtime.ledger().forProgramme(PILOT);
        followUp = runtime.ledger().forProgramme(FOLLOW_UP);
        runtime.ledger().submit(source("stc", FundingSourceKind.SPONSOR, "so-tai-chinh"));
        runtime.ledger().submit(source("nsnn", FundingSourceKind.STATE_BUDGET, null));
        runtime.ledger().submit(source("dn", FundingSourceKind.ENTERPRISE, null));
        pilot.submit(pledge("ck-pilot", "stc", A_XAN, LIVESTOCK, 100));
        pilot.submit(receipt("thu-pilot", "ck-pilot", A_XAN, IN_2024, 60));
        pilot.submit(expenditure("chi-pilot", A_XAN, LIVESTOCK, IN_2024, 25));
        followUp.submit(unpledged("thu-follow-up", "nsnn", CHOM, LIVESTOCK, IN_2024, FOLLOW_UP_RECEIVED));
        followUp.submit(RecordExpenditure.builder().from(expenditure("chi-follow-up", CHOM, LIVESTOCK, IN_2024, 1))
                .amount(FOLLOW_UP_SPENT).build());
        runtime.ledger().submit(unpledged("thu-shared", "dn", A_XAN, STARTUP, IN_2024, Money.ofMillions(7)));
        runtime.ledger().submit(expenditure("chi-shared", A_XAN, STARTUP, IN_2024, 2));
    }

    private AccountsSettled settled(String id) {
        return runtime.ledger().read(FundingSettlements.class, s -> s.settlement(id).orElseThrow().accounts());
    }

    private static SettlementAmounts amounts(AccountsSettled settled, String unit, String model, String source) {
        return settled.lines().stream()
                .filter(l -> l.unitCode().equals(unit) && l.modelId().equals(model) && l.sourceId().equals(source))
                .findFirst().orElseThrow().amounts();
    }

    private static List<String> keys(AccountsSettled settled) {
        return settled.lines().stream().map(l -> l.unitCode() + "/" + l.modelId() + "/" + l.sourceId()).toList();
    }

    @Test
    void eachProgrammesSettlement_holdsItsOwnMoneyAndTheMoneyOfNoProgramme_toTheDong() {
        pilot.submit(settle("qt-pilot-2024", END_2024, JAN_2025));
        followUp.submit(settle("qt-follow-up-2024", END_2024, JAN_2025));

        AccountsSettled pilotSettled = settled("qt-pilot-2024");
        assertThat(pilotSettled.programmeId()).contains(PILOT);
        assertThat(keys(pilotSettled)).containsExactly(A_XAN + "/" + LIVESTOCK + "/stc", A_XAN + "/" + STARTUP + "/dn");
        SettlementAmounts pilotOwn = amounts(pilotSettled, A_XAN, LIVESTOCK, "stc");
        assertThat(pilotOwn.pledged()).isEqualTo(Money.ofMillions(100));
        assertThat(pilotOwn.received()).isEqualTo(Money.ofMillions(60));
        assertThat(pilotOwn.spent()).isEqualTo(Money.ofMillions(25));
        assertThat(pilotSettled.totals().received()).isEqualTo(Money.ofMillions(67));
        assertThat(pilotSettled.totals().spent()).isEqualTo(Money.ofMillions(27));
        assertThat(pilotSettled.totals().balance()).isEqualTo(Money.ofMillions(40));

        AccountsSettled followUpSettled = settled("qt-follow-up-2024");
        assertThat(followUpSettled.programmeId()).contains(FOLLOW_UP);
        assertThat(followUpSettled.previousSettlementId()).as("the pilot's settlement does not precede the follow-up's")
                .isEmpty();
        assertThat(keys(followUpSettled)).containsExactly(A_XAN + "/" + STARTUP + "/dn", CHOM + "/" + LIVESTOCK + "/nsnn");
        SettlementAmounts followUpOwn = amounts(followUpSettled, CHOM, LIVESTOCK, "nsnn");
        assertThat(followUpOwn.pledged()).isEqualTo(Money.ZERO);
        assertThat(followUpOwn.received()).isEqualTo(FOLLOW_UP_RECEIVED);
        assertThat(followUpOwn.spent()).isEqualTo(FOLLOW_UP_SPENT);
        assertThat(followUpSettled.totals().received()).isEqualTo(FOLLOW_UP_RECEIVED.plus(Money.ofMillions(7)));
        assertThat(followUpSettled.totals().spent()).isEqualTo(FOLLOW_UP_SPENT.plus(Money.ofMillions(2)));
        assertThat(followUpSettled.stateBudgetTotals().balance()).isEqualTo(Money.ofDong(19_000_116));
        assertThat(followUpSettled.mobilisedTotals().balance()).isEqualTo(Money.ofMillions(5));

        SettlementAmounts shared = amounts(pilotSettled, A_XAN, STARTUP, "dn");
        assertThat(amounts(followUpSettled, A_XAN, STARTUP, "dn")).as("money of no programme counts for both")
                .isEqualTo(shared);
        assertThat(shared.received()).isEqualTo(Money.ofMillions(7));
        assertThat(shared.spent()).isEqualTo(Money.ofMillions(2));
    }

    @Test
    void aSettlementForNoProgramme_countsEveryProgrammesMoney() {
        runtime.ledger().submit(settle("qt-2024", END_2024, JAN_2025));

        AccountsSettled settled = settled("qt-2024");
        assertThat(settled.programmeId()).isEmpty();
        assertThat(settled.lines()).hasSize(3);
        assertThat(settled.totals().received()).isEqualTo(Money.ofMillions(67).plus(FOLLOW_UP_RECEIVED));
        assertThat(settled.totals().spent()).isEqualTo(Money.ofMillions(27).plus(FOLLOW_UP_SPENT));
        assertThat(settled.totals().pledged()).isEqualTo(Money.ofMillions(100));
    }

    @Test
    void theProjectionKnowsTheProgrammeOfEachMoneyRecord_andKeepsItInItsSnapshot() {
        FundingSettlements settlements = runtime.ledger().read(FundingSettlements.class, s -> s);
        assertThat(settlements.programmeOf("thu-pilot")).contains(PILOT);
        assertThat(settlements.programmeOf("ck-pilot")).contains(PILOT);
        assertThat(settlements.programmeOf("chi-follow-up")).contains(FOLLOW_UP);
        assertThat(settlements.programmeOf("thu-shared")).isEmpty();

        FundingSettlements restored = FundingSettlements.SNAPSHOT_FORM.restore()
                .apply(FundingSettlements.SNAPSHOT_FORM.save().apply(settlements));
        FundingLedger funding = runtime.ledger().read(FundingLedger.class, f -> f);
        assertThat(restored.preview(funding, END_2024, Optional.of(PILOT)))
                .isEqualTo(settlements.preview(funding, END_2024, Optional.of(PILOT)))
                .isNotEqualTo(settlements.preview(funding, END_2024, Optional.of(FOLLOW_UP)));
    }

    @Test
    void aProgrammesSettledPeriod_refusesItsOwnMoneyAndMoneyOfNoProgramme_butNotAnotherProgrammes() {
        pilot.submit(settle("qt-pilot-2024", END_2024, JAN_2025));

        assertThat(codeOf(() -> pilot.submit(unpledged("thu-pilot-2", "stc", A_XAN, LIVESTOCK, DEC_2024,
                Money.ofMillions(1))))).isEqualTo("FUNDING_PERIOD_SETTLED");
        assertThat(codeOf(() -> pilot.submit(expenditure("chi-pilot-2", A_XAN, LIVESTOCK, DEC_2024, 1))))
                .isEqualTo("FUNDING_PERIOD_SETTLED");
        assertThat(codeOf(() -> runtime.ledger().submit(unpledged("thu-shared-2", "dn", A_XAN, STARTUP, DEC_2024,
                Money.ofMillions(1))))).as("money of no programme counts for the pilot").isEqualTo("FUNDING_PERIOD_SETTLED");
        assertThat(codeOf(() -> followUp.submit(reverseReceipt("dc-pilot", "thu-pilot", A_XAN, DEC_2024, 1L))))
                .as("reversing the pilot's money, whoever records it").isEqualTo("FUNDING_PERIOD_SETTLED");

        followUp.submit(unpledged("thu-follow-up-2", "nsnn", CHOM, LIVESTOCK, DEC_2024, Money.ofMillions(5)));
        followUp.submit(expenditure("chi-follow-up-2", CHOM, LIVESTOCK, DEC_2024, 3));
        followUp.submit(reverseReceipt("dc-follow-up", "thu-follow-up-2", CHOM, DEC_2024, 1L));
        Money balance = runtime.ledger().read(FundingLedger.class, f -> f.balance(CHOM, LIVESTOCK));
        assertThat(balance)
                .isEqualTo(FOLLOW_UP_RECEIVED.minus(FOLLOW_UP_SPENT).plus(Money.ofMillions(1)));
    }

    @Test
    void aBalanceTransfer_movesEveryProgrammesMoney_soItIsClosedByTheSettlementOfAProgrammeWhoseMoneyTheFundHolds() {
        pilot.submit(settle("qt-pilot-q1", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 10)));

        assertThat(codeOf(() -> followUp.submit(transfer("cd-early", A_XAN, HUNG_SON, LIVESTOCK, LocalDate.of(2026, 2, 1)))))
                .as("A Xan's livestock fund holds the pilot's settled money").isEqualTo("FUNDING_PERIOD_SETTLED");
        followUp.submit(transfer("cd-chom", CHOM, HUNG_SON, LIVESTOCK, LocalDate.of(2026, 2, 1)));
        followUp.submit(transfer("cd-1", A_XAN, HUNG_SON, LIVESTOCK, LocalDate.of(2026, 4, 20)));
        pilot.submit(settle("qt-pilot-q2", LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 1)));

        AccountsSettled settled = settled("qt-pilot-q2");
        assertThat(amounts(settled, A_XAN, LIVESTOCK, "stc").transferredOut()).isEqualTo(Money.ofMillions(35));
        assertThat(amounts(settled, HUNG_SON, LIVESTOCK, "stc").transferredIn()).isEqualTo(Money.ofMillions(35));
        assertThat(amounts(settled, HUNG_SON, LIVESTOCK, "stc").balance()).isEqualTo(Money.ofMillions(35));
        assertThat(keys(settled)).as("the follow-up's transfer of its own fund moves none of the pilot's money")
                .noneMatch(key -> key.startsWith(CHOM) || key.endsWith("/nsnn"));
        assertThat(SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    /** The code of the only problem refusing the submission, or {@code "accepted"}. */
    private static String codeOf(Runnable submission) {
        try {
            submission.run();
            return "accepted";
        } catch (KetnghiaException refused) {
            assertThat(refused.problems()).hasSize(1);
            return refused.problems().get(0).code().name();
        }
    }
}
