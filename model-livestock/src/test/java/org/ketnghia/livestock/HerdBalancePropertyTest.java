package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalBorn;
import org.ketnghia.livestock.herd.AnimalDied;
import org.ketnghia.livestock.herd.AnimalLost;
import org.ketnghia.livestock.herd.AnimalReplaced;
import org.ketnghia.livestock.herd.AnimalStatus;
import org.ketnghia.livestock.herd.AnimalSold;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.HerdCounts;
import org.ketnghia.livestock.herd.LotAccepted;
import org.ketnghia.livestock.herd.RecordLoss;
import org.ketnghia.livestock.herd.ReplaceDeadAnimal;
import org.ketnghia.livestock.passon.DeathHandling;
import org.ketnghia.livestock.passon.PassOnPolicy;

/**
 * Whatever births, deaths, sales, losses, pass-ons and replacements of dead animals a commune records
 * (accepted or refused), under a policy that writes deaths off or one whose group pool replaces them,
 * the animals alive always equal births + received (accepted and replacements) − deaths − sales −
 * losses − handed over out of the commune, counted from the ledger's events, and no count is ever
 * negative.
 */
class HerdBalancePropertyTest {

    private static final LocalDate START = LocalDate.of(2022, 1, 10);
    private static final List<String> RECIPIENTS = List.of("HN-3", "HN-4", "HN-5");
    private static final PassOnPolicy POOL_REPLACES = PassOnPolicy.builder().from(LivestockCommune.FIRST_FEMALE)
            .id("pool-replaces").deathHandling(DeathHandling.GROUP_POOL_REPLACES).build();

    @Property(tries = 40)
    void aliveAlwaysEqualsTheFlowsOfTheLedger(@ForAll("operations") List<Tuple3<Integer, Integer, Integer>> operations,
            @ForAll boolean poolReplaces) {
        LivestockCommune commune = new LivestockCommune().throughRoundOne(poolReplaces ? POOL_REPLACES
                : LivestockCommune.FIRST_FEMALE);
        Ledger ledger = commune.ledger;
        LocalDate date = START;
        int newTags = 0;
        for (Tuple3<Integer, Integer, Integer> operation : operations) {
            date = date.plusDays(12);
            List<Animal> alive = ledger.read(Herd.class, herd -> herd.animals().stream().filter(Animal::isAlive).toList());
            if (alive.isEmpty()) {
                break;
            }
            Animal animal = alive.get(operation.get2() % alive.size());
            List<Animal> dead = ledger.read(Herd.class, herd -> herd.animals().stream()
                    .filter(a -> a.status() == AnimalStatus.DEAD).toList());
            Command command = switch (operation.get1()) {
                case 0, 1 -> LivestockCommune.birth(date, animal.earTag(), "B" + newTags++,
                        operation.get3() % 2 == 0 ? AnimalSex.FEMALE : AnimalSex.MALE);
                case 2 -> LivestockCommune.death(date, animal.earTag(), operation.get3() % 2 == 0 ? Optional.of("TY")
                        : Optional.empty());
                case 3 -> LivestockCommune.sale(date, animal.earTag(), operation.get3() % 2 == 0 ? Optional.of("GP")
                        : Optional.empty());
                case 7 -> ReplaceDeadAnimal.builder().actor(LivestockCommune.PROVINCE).unitCode(LivestockCommune.A_XAN)
                        .occurredOn(date).replacedEarTag(dead.isEmpty() ? animal.earTag()
                                : dead.get(operation.get3() % dead.size()).earTag())
                        .earTag("R" + newTags++).sex(AnimalSex.FEMALE).ageMonths(12).replacementReference("BB-BU")
                        .build();
                case 4 -> RecordLoss.builder().actor(LivestockCommune.PROVINCE).unitCode(LivestockCommune.A_XAN)
                        .occurredOn(date).earTag(animal.earTag()).stolen(true).reportReference("BC").build();
                default -> LivestockCommune.handOver(date, RECIPIENTS.get(operation.get3() % RECIPIENTS.size()),
                        animal.keeperHouseholdId(), animal.earTag());
            };
            long before = ledger.lastSequence();
            try {
                ledger.submit(command);
            } catch (KetnghiaException refused) {
                assertThat(ledger.lastSequence()).isEqualTo(before);
            }
            assertBalanced(ledger);
        }
    }

    private static void assertBalanced(Ledger ledger) {
        HerdCounts counts = ledger.read(Herd.class, herd -> herd.counts(LivestockCommune.A_XAN));
        List<EventEnvelope> events = ledger.store().readAll();
        long births = events.stream().filter(e -> e.payload() instanceof AnimalBorn).count();
        long received = events.stream().map(EventEnvelope::payload).filter(LotAccepted.class::isInstance)
                .mapToLong(p -> ((LotAccepted) p).accepted().size()).sum()
                + events.stream().filter(e -> e.payload() instanceof AnimalReplaced).count();
        long deaths = events.stream().filter(e -> e.payload() instanceof AnimalDied).count();
        long sales = events.stream().filter(e -> e.payload() instanceof AnimalSold).count();
        long losses = events.stream().filter(e -> e.payload() instanceof AnimalLost).count();

        assertThat(counts.alive()).isEqualTo(births + received - deaths - sales - losses - counts.handedOverOut())
                .isEqualTo(counts.expectedAlive()).isNotNegative();
        assertThat(List.of(counts.born(), counts.received(), counts.died(), counts.sold(), counts.lost()))
                .containsExactly(births, received, deaths, sales, losses);
    }

    @Provide
    Arbitrary<List<Tuple3<Integer, Integer, Integer>>> operations() {
        Arbitrary<Tuple3<Integer, Integer, Integer>> operation = Arbitraries.integers().between(0, 7)
                .flatMap(kind -> Arbitraries.integers().between(0, 1000)
                        .flatMap(index -> Arbitraries.integers().between(0, 1000).map(extra -> Tuple.of(kind, index, extra))));
        return operation.list().ofMinSize(1).ofMaxSize(40);
    }
}
