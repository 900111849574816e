package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.livestock.LivestockCommune.A_XAN;
import static org.ketnghia.livestock.LivestockCommune.HANDED_ON;
import static org.ketnghia.livestock.LivestockCommune.PROVINCE;
import static org.ketnghia.livestock.LivestockCommune.accept;
import static org.ketnghia.livestock.LivestockCommune.birth;
import static org.ketnghia.livestock.LivestockCommune.death;
import static org.ketnghia.livestock.LivestockCommune.goats;
import static org.ketnghia.livestock.LivestockCommune.group;
import static org.ketnghia.livestock.LivestockCommune.handOver;
import static org.ketnghia.livestock.LivestockCommune.lot;
import static org.ketnghia.livestock.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalReplaced;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.HerdCounts;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.herd.ObligationStatus;
import org.ketnghia.livestock.herd.ReplaceDeadAnimal;
import org.ketnghia.livestock.passon.DeathHandling;
import org.ketnghia.livestock.passon.PassOnPolicy;

/**
 * Replacing a dead received animal (<i>bù con giống chết</i>): what the "household replaces" and
 * "group pool replaces" policies do when an animal dies, and every refusal.
 */
class ReplacementRulesTest {

    private static final LocalDate DIED_ON = LocalDate.of(2022, 2, 1);
    private static final LocalDate REPLACED_ON = LocalDate.of(2022, 2, 20);
    private static final PassOnPolicy POOL_REPLACES = PassOnPolicy.builder().from(LivestockCommune.FIRST_FEMALE)
            .id("pool-replaces").deathHandling(DeathHandling.GROUP_POOL_REPLACES).build();

    private final LivestockCommune commune = new LivestockCommune().withHouseholds().withFunds(LivestockCommune.RECEIVED);
    private final Ledger ledger = commune.ledger;

    private void roundOneWith(PassOnPolicy policy) {
        ledger.submit(group(LivestockCommune.GROUP, "HN-1", "HN-2", "HN-3").passOnPolicy(policy).build());
        ledger.submit(lot("LO-1", goats(4)));
        ledger.submit(accept("LO-1").build());
        ledger.submit(handOver(HANDED_ON, "HN-1", Optional.empty(), "G01", "G02", "G03", "G04"));
    }

    private static ReplaceDeadAnimal replace(LocalDate date, String dead, String tag) {
        return ReplaceDeadAnimal.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date).replacedEarTag(dead)
                .earTag(tag).sex(AnimalSex.FEMALE).ageMonths(10).replacementReference("BB-BU-" + tag).build();
    }

    @Test
    void theGroupPoolReplacesADeadReceivedAnimal_andTheObligationStands() {
        roundOneWith(POOL_REPLACES);
        ledger.submit(death(DIED_ON, "G01", Optional.of("TY-01")));

        ledger.submit(replace(REPLACED_ON, "G01", "G21"));

        Animal replacement = ledger.read(Herd.class, herd -> herd.animal("G21").orElseThrow());
        assertThat(replacement.keeperHouseholdId()).contains("HN-1");
        assertThat(replacement.receivedByHouseholdId()).contains("HN-1");
        assertThat(replacement.bornOn()).isEqualTo(REPLACED_ON.minusMonths(10));
        Optional<String> replacementOfG01 = ledger.read(Herd.class, herd -> herd.replacementOf("G01"));
        assertThat(replacementOfG01).contains("G21");
        AnimalReplaced event = (AnimalReplaced) ledger.store().readAll().get((int) ledger.lastSequence() - 1).payload();
        assertThat(event.paidAs()).isEqualTo(DeathHandling.GROUP_POOL_REPLACES);
        assertThat(event.householdId()).isEqualTo("HN-1");
        Obligation obligation = ledger.read(Herd.class,
                herd -> herd.obligation(Obligation.idOf(LivestockCommune.GROUP, "HN-1")).orElseThrow());
        assertThat(obligation.statusOn(REPLACED_ON)).isEqualTo(ObligationStatus.DUE);
        HerdCounts counts = ledger.read(Herd.class, herd -> herd.counts(A_XAN));
        assertThat(counts.alive()).isEqualTo(4).isEqualTo(counts.expectedAlive());
    }

    @Test
    void aPolicyThatWritesDeathsOff_doesNotReplace() {
        roundOneWith(LivestockCommune.FIRST_FEMALE);
        ledger.submit(death(DIED_ON, "G01", Optional.of("TY-01")));

        assertRefused(ledger, replace(REPLACED_ON, "G01", "G21"), LivestockErrorCode.LIVESTOCK_REPLACEMENT_NOT_IN_POLICY);
    }

    @Test
    void onlyADeadAnimal_isReplaced_andOnlyOnce() {
        roundOneWith(POOL_REPLACES);
        ledger.submit(death(DIED_ON, "G01", Optional.of("TY-01")));

        assertRefused(ledger, replace(REPLACED_ON, "G02", "G21"), LivestockErrorCode.LIVESTOCK_REPLACED_ANIMAL_NOT_DEAD);
        ledger.submit(replace(REPLACED_ON, "G01", "G21"));
        assertRefused(ledger, replace(REPLACED_ON, "G01", "G22"), LivestockErrorCode.LIVESTOCK_ANIMAL_ALREADY_REPLACED);
    }

    @Test
    void anAnimalBornInTheHerd_isNotReplaced() {
        roundOneWith(POOL_REPLACES);
        ledger.submit(birth(LocalDate.of(2022, 3, 1), "G02", "K01", AnimalSex.MALE));
        ledger.submit(death(LocalDate.of(2022, 4, 1), "K01", Optional.of("TY-02")));

        assertRefused(ledger, replace(LocalDate.of(2022, 4, 2), "K01", "G21"),
                LivestockErrorCode.LIVESTOCK_REPLACED_ANIMAL_NOT_RECEIVED);
    }

    @Test
    void aReplacementNeedsAFreeEarTagAndAReference_andIsRefusedOnceTheObligationIsFulfilled() {
        roundOneWith(POOL_REPLACES);
        ledger.submit(birth(LocalDate.of(2022, 3, 1), "G02", "K01", AnimalSex.FEMALE));
        ledger.submit(death(LocalDate.of(2022, 4, 1), "G01", Optional.of("TY-01")));

        assertRefused(ledger, replace(LocalDate.of(2022, 4, 2), "G01", "G03"), LivestockErrorCode.LIVESTOCK_EAR_TAG_IN_USE);
        assertRefused(ledger, ReplaceDeadAnimal.builder().from(replace(LocalDate.of(2022, 4, 2), "G01", "G21"))
                .replacementReference(" ").build(), CoreErrorCode.VALUE_BLANK);
        ledger.submit(handOver(LocalDate.of(2022, 11, 1), "HN-2", Optional.of("HN-1"), "K01"));
        assertRefused(ledger, replace(LocalDate.of(2022, 11, 2), "G01", "G21"),
                LivestockErrorCode.LIVESTOCK_OBLIGATION_CLOSED);
    }
}
