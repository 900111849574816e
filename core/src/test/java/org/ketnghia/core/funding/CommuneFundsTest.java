package org.ketnghia.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.core.funding.FundingFixtures.A_XAN;
import static org.ketnghia.core.funding.FundingFixtures.IN_2024;
import static org.ketnghia.core.funding.FundingFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.FundingFixtures.money;
import static org.ketnghia.core.funding.FundingFixtures.source;
import static org.ketnghia.core.funding.FundingFixtures.unpledged;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.funding.internal.FundingFeature;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

class CommuneFundsTest {

    private KetnghiaRuntime runtime;


    /** Whatever the test recorded, every projection with a snapshot form restores as a full replay folds it. */
    @org.junit.jupiter.api.AfterEach
    void snapshotsRestoreAsAFullReplay() {
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @BeforeEach
    void fundedCommune() {
        runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addFeature(new FundingFeature()).addFeature(new AnimalPurchaseFeature())
                .clock(Fixtures.CLOCK).build();
        runtime.ledger().submit(source("stc", FundingSourceKind.SPONSOR, "so-tai-chinh"));
        runtime.ledger().submit(unpledged("thu-1", "stc", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(100)));
    }

    private static AnimalPurchaseFeature.BuyAnimals buy(String id, Integer... headPerLot) {
        return ImmutableBuyAnimals.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024).purchaseId(id)
                .headPerLot(List.of(headPerLot)).pricePerHead(Money.ofMillions(20)).build();
    }

    @Test
    void anotherFeature_spendsAtomicallyWithItsOwnEvent() {
        List<EventEnvelope> recorded = runtime.ledger().submit(buy("mua-1", 2, 1));
        assertThat(recorded).extracting(EventEnvelope::typeId).containsExactly(
                AnimalPurchaseFeature.AnimalsBought.TYPE, ExpenditureRecorded.TYPE, ExpenditureRecorded.TYPE);
        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ofMillions(40));
        assertThat(money(runtime, l -> l.expenditure("mua-1-0").orElseThrow().traced()))
                .isEqualTo(Money.ofMillions(40));
    }

    @Test
    void batchThatFitsLotByLotButNotTogether_isRejectedWhole() {
        long before = runtime.ledger().lastSequence();
        // each lot alone (60 M) fits in 100 M; both together (120 M) do not
        assertThatThrownBy(() -> runtime.ledger().submit(buy("mua-1", 3, 3)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::code, Problem::field).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE,
                                    "expenditures[1].amount"));
                    assertThat(e.messageEn()).contains("livestock/mua-giong").contains("only 40.000.000 ₫")
                            .contains("60.000.000 ₫");
                });
        assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
        assertThat(money(runtime, l -> l.balance(A_XAN, LIVESTOCK))).isEqualTo(Money.ofMillions(100));
    }

    @Test
    void checkCanSpend_namesTheShortfall_andRecordsNothing() {
        runtime.ledger().submit(buy("mua-1", 4));
        FundingLedger funds = new FundingLedger();
        runtime.ledger().store().forEach(1, funds::apply);
        LedgerState state = new LedgerState() {
            @Override
            public <P extends Projection> P projection(Class<P> type) {
                return type.cast(funds);
            }

            @Override
            public AdministrativeRegistry administrativeUnits() {
                return runtime.administrativeUnits();
            }

            @Override
            public long lastSequence() {
                return runtime.ledger().lastSequence();
            }
        };
        long before = runtime.ledger().lastSequence();

        assertThat(CommuneFunds.checkCanSpend(state, A_XAN, LIVESTOCK, Money.ofMillions(20))).isEmpty();
        assertThat(CommuneFunds.checkCanSpend(state, A_XAN, LIVESTOCK, Money.ofMillions(21))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);
                    assertThat(problem.arguments()).containsExactly(A_XAN, LIVESTOCK, "20.000.000 ₫", "21.000.000 ₫");
                });
        assertThat(CommuneFunds.checkCanSpend(state, A_XAN, LIVESTOCK, Money.ZERO)).extracting(Problem::code)
                .containsExactly(FundingErrorCode.FUNDING_AMOUNT_NOT_POSITIVE);
        assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
    }
}
