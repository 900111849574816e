package org.ketnghia.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.funding.FundingFixtures.A_TIENG;
import static org.ketnghia.core.funding.FundingFixtures.A_XAN;
import static org.ketnghia.core.funding.FundingFixtures.CH_OM;
import static org.ketnghia.core.funding.FundingFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.FundingFixtures.STARTUP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/** Funding conservation over many random operations, some of them invalid. */
class FundingConservationPropertiesTest {

    private static final List<String> COMMUNES = List.of(A_XAN, CH_OM, A_TIENG);
    private static final List<String> MODELS = List.of(LIVESTOCK, STARTUP);
    private static final List<Optional<String>> ACTIVITIES = List.of(Optional.empty(), Optional.of("mua-giong"),
            Optional.of("tap-huan"));
    private static final List<String> SOURCES = List.of("vinamilk", "nha-hao-tam");

    enum Kind { PLEDGE, RECEIPT_AGAINST_PLEDGE, UNPLEDGED_RECEIPT, EXPENDITURE }

    /** One random operation; indices are reduced modulo the lists above. */
    record Operation(Kind kind, int commune, int model, int activity, int source, int pledge, long dong) {
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        Arbitrary<Long> amounts = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(1, 30_000_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-5, 0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(1, 9)));
        Arbitrary<Operation> operation = Combinators.combine(
                Arbitraries.frequency(net.jqwik.api.Tuple.of(2, Kind.PLEDGE),
                        net.jqwik.api.Tuple.of(3, Kind.RECEIPT_AGAINST_PLEDGE),
                        net.jqwik.api.Tuple.of(3, Kind.UNPLEDGED_RECEIPT),
                        net.jqwik.api.Tuple.of(5, Kind.EXPENDITURE)),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 20), amounts)
                .as(Operation::new);
        return operation.list().ofMinSize(10).ofMaxSize(80).withSizeDistribution(RandomDistribution.uniform());
    }

    @Property(tries = 150)
    void everyDongIsConserved(@ForAll("operations") List<Operation> operations) {
        KetnghiaRuntime runtime = FundingFixtures.runtime();
        Ledger ledger = runtime.ledger();
        for (String source : SOURCES) {
            ledger.submit(FundingFixtures.source(source, FundingSourceKind.ENTERPRISE, "dv-" + source));
        }
        List<String> pledgeIds = new ArrayList<>();
        Map<String, Money> acceptedReceipts = new HashMap<>();
        Map<String, Money> acceptedSpending = new HashMap<>();
        int rejected = 0;
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            String commune = COMMUNES.get(operation.commune());
            FundPurpose purpose = new FundPurpose(MODELS.get(operation.model()), ACTIVITIES.get(operation.activity()));
            Money amount = Money.ofDong(operation.dong());
            Command command = switch (operation.kind()) {
                case PLEDGE -> MakePledge.builder()
                        .from(FundingFixtures.pledge("ck-" + i, SOURCES.get(operation.source()), commune,
                                purpose.modelId(), 1))
                        .activity(purpose.activity()).amount(amount).build();
                case RECEIPT_AGAINST_PLEDGE -> RecordReceipt.builder()
                        .from(FundingFixtures.receiptAgainst("thu-" + i,
                                pledgeIds.isEmpty() ? "ck-none" : pledgeIds.get(operation.pledge() % pledgeIds.size()),
                                commune, 1))
                        .amount(amount).build();
                case UNPLEDGED_RECEIPT -> FundingFixtures.unpledged("thu-" + i, SOURCES.get(operation.source()),
                        commune, purpose, amount);
                case EXPENDITURE -> FundingFixtures.expenditure("chi-" + i, commune, purpose, amount);
            };
            Money availableBefore = ledger.read(FundingLedger.class, l -> l.availableFor(commune, purpose));
            Snapshot before = Snapshot.of(ledger);
            try {
                ledger.submit(command);
                if (command instanceof MakePledge) {
                    pledgeIds.add("ck-" + i);
                } else if (command instanceof RecordReceipt) {
                    String key = ledger.read(FundingLedger.class,
                            l -> l.receipts().get(l.receipts().size() - 1).communeCode() + "|"
                                    + l.receipts().get(l.receipts().size() - 1).purpose().modelId());
                    acceptedReceipts.merge(key, amount, Money::plus);
                } else if (command instanceof RecordExpenditure) {
                    assertThat(amount.isGreaterThan(availableBefore)).as("accepted beyond availability").isFalse();
                    acceptedSpending.merge(commune + "|" + purpose.modelId(), amount, Money::plus);
                }
            } catch (KetnghiaException rejection) {
                rejected++;
                assertThat(Snapshot.of(ledger)).as("a rejected operation changes nothing").isEqualTo(before);
                if (command instanceof RecordExpenditure && amount.isPositive()) {
                    assertThat(amount.isGreaterThan(availableBefore)).as("rejected within availability").isTrue();
                }
            }
        }
        assertConserved(ledger, acceptedReceipts, acceptedSpending);
        Statistics.label("expenditures accepted").collect(!acceptedSpending.isEmpty());
        Statistics.label("operations rejected").collect(rejected > 0);
        // guard against a vacuous property: most runs must both spend and reject something
        Statistics.label("expenditures accepted").coverage(
                coverage -> coverage.check(true).percentage(percent -> percent > 40));
        Statistics.label("operations rejected").coverage(
                coverage -> coverage.check(true).percentage(percent -> percent > 60));
    }

    private static void assertConserved(Ledger ledger, Map<String, Money> acceptedReceipts,
            Map<String, Money> acceptedSpending) {
        ledger.read(FundingLedger.class, funds -> {
            for (String commune : COMMUNES) {
                for (String model : MODELS) {
                    String key = commune + "|" + model;
                    Money received = funds.received(commune, model);
                    Money spent = funds.spent(commune, model);
                    assertThat(received).isEqualTo(acceptedReceipts.getOrDefault(key, Money.ZERO));
                    assertThat(spent).isEqualTo(acceptedSpending.getOrDefault(key, Money.ZERO));
                    assertThat(spent).as("spent ≤ received for %s", key).isLessThanOrEqualTo(received);
                    assertThat(funds.balance(commune, model)).isEqualTo(received.minus(spent));
                    FundPurpose general = FundPurpose.of(model);
                    assertThat(funds.spent(commune, general)).isLessThanOrEqualTo(funds.received(commune, general));
                    for (Optional<String> activity : ACTIVITIES) {
                        FundPurpose purpose = new FundPurpose(model, activity);
                        Money mayPayIt = activity.isEmpty() ? funds.received(commune, general)
                                : funds.received(commune, purpose).plus(funds.received(commune, general));
                        assertThat(funds.spent(commune, purpose)).isLessThanOrEqualTo(mayPayIt);
                        assertThat(funds.availableFor(commune, purpose).isNegative()).isFalse();
                    }
                }
            }
            Money allSpending = Money.sum(funds.expenditures().stream().map(FundExpenditure::amount).toList());
            Money allTraced = Money.sum(funds.expenditures().stream().map(FundExpenditure::traced).toList());
            Money spentFromReceipts = Money.sum(funds.receipts().stream().map(FundReceipt::spent).toList());
            assertThat(allTraced).isEqualTo(allSpending);
            assertThat(spentFromReceipts).isEqualTo(allSpending);
            assertThat(funds.untracedSpending()).isEqualTo(Money.ZERO);
            assertThat(funds.receipts()).allSatisfy(r -> assertThat(r.remaining().isNegative()).isFalse());
            assertThat(funds.pledges()).allSatisfy(p -> assertThat(p.open().isNegative()).isFalse());
            for (PlanActualTable table : List.of(funds.planVersusActualByModel(), funds.planVersusActualByCommune(),
                    funds.planVersusActualBySponsor())) {
                assertThat(table.total().spent()).isEqualTo(allSpending);
                assertThat(table.total().balance())
                        .isEqualTo(Money.sum(table.rows().stream().map(PlanActualRow::balance).toList()));
            }
            return null;
        });
    }

    /** Everything a rejected command must leave untouched. */
    private record Snapshot(long lastSequence, List<Pledge> pledges, List<FundReceipt> receipts,
            List<FundExpenditure> expenditures) {
        static Snapshot of(Ledger ledger) {
            return ledger.read(FundingLedger.class, funds -> new Snapshot(ledger.store().lastSequence(), funds.pledges(),
                    funds.receipts(), funds.expenditures()));
        }
    }
}
