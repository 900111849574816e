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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.herd.ObligationStatus;
import org.ketnghia.livestock.herd.PayCashInstead;
import org.ketnghia.livestock.herd.RecordVaccination;
import org.ketnghia.livestock.herd.Vaccine;
import org.ketnghia.livestock.passon.DeathHandling;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.passon.PassOnPolicy;

/** The variants of the pass-on policy: mother returned, certified write-off, cash instead; and atomic spending. */
class PassOnRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private final LivestockCommune commune = new LivestockCommune().withHouseholds().withFunds(LivestockCommune.RECEIVED);
    private final Ledger ledger = commune.ledger;

    private void roundOneWith(PassOnPolicy policy, int goats) {
        ledger.submit(group(LivestockCommune.GROUP, "HN-1", "HN-2", "HN-3").passOnPolicy(policy).build());
        ledger.submit(lot("LO-1", goats(goats)));
        ledger.submit(accept("LO-1").build());
        String[] tags = goats(goats).stream().map(g -> g.earTag()).toArray(String[]::new);
        ledger.submit(handOver(HANDED_ON, "HN-1", Optional.empty(), tags));
    }

    private ObligationStatus statusOf(String householdId) {
        Obligation obligation = ledger.read(Herd.class,
                herd -> herd.obligation(Obligation.idOf(LivestockCommune.GROUP, householdId)).orElseThrow());
        return obligation.statusOn(TODAY);
    }

    @Test
    void motherReturned_onlyOnceHerFemaleKidIsSixMonthsOld() {
        roundOneWith(PassOnPolicies.standard().require(PassOnPolicies.MOTHER_RETURNED), 2);
        ledger.submit(birth(LocalDate.of(2022, 3, 1), "G01", "K01", AnimalSex.FEMALE));

        assertRefused(ledger, handOver(LocalDate.of(2022, 6, 1), "HN-2", Optional.of("HN-1"), "G01"),
                LivestockErrorCode.LIVESTOCK_ANIMAL_UNDER_AGE);
        assertRefused(ledger, handOver(LocalDate.of(2022, 9, 2), "HN-2", Optional.of("HN-1"), "K01"),
                LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_OFFSPRING);
        ledger.submit(handOver(LocalDate.of(2022, 9, 2), "HN-2", Optional.of("HN-1"), "G01"));

        Animal mother = ledger.read(Herd.class, herd -> herd.animal("G01").orElseThrow());
        assertThat(mother.keeperHouseholdId()).contains("HN-2");
        assertThat(statusOf("HN-1")).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(statusOf("HN-2")).isEqualTo(ObligationStatus.DUE);
    }

    @Test
    void motherReturned_anyMotherTheHouseholdReceived_goesBackOnceACalfOfItsHerdIsSixMonthsOld() {
        roundOneWith(PassOnPolicies.standard().require(PassOnPolicies.MOTHER_RETURNED), 2);
        ledger.submit(birth(LocalDate.of(2022, 3, 1), "G01", "K01", AnimalSex.FEMALE));

        // G02 has no calf; the household's obligation is met by G01's calf
        ledger.submit(handOver(LocalDate.of(2022, 9, 2), "HN-2", Optional.of("HN-1"), "G02"));

        assertThat(statusOf("HN-1")).isEqualTo(ObligationStatus.FULFILLED);
        Animal returned = ledger.read(Herd.class, herd -> herd.animal("G02").orElseThrow());
        assertThat(returned.keeperHouseholdId()).contains("HN-2");
    }

    @Test
    void aReturnedMother_isHandedOnAgain_byTheHouseholdThatReceivedHer() {
        roundOneWith(PassOnPolicies.standard().require(PassOnPolicies.MOTHER_RETURNED), 1);
        ledger.submit(birth(LocalDate.of(2022, 3, 1), "G01", "K01", AnimalSex.FEMALE));
        ledger.submit(handOver(LocalDate.of(2022, 9, 2), "HN-2", Optional.of("HN-1"), "G01"));
        ledger.submit(birth(LocalDate.of(2023, 2, 1), "G01", "K02", AnimalSex.FEMALE));

        // K01, born in HN-1's herd, does not free the mother from HN-2
        assertRefused(ledger, handOver(LocalDate.of(2023, 3, 1), "HN-3", Optional.of("HN-2"), "G01"),
                LivestockErrorCode.LIVESTOCK_ANIMAL_UNDER_AGE);
        ledger.submit(handOver(LocalDate.of(2023, 8, 1), "HN-3", Optional.of("HN-2"), "G01"));

        assertThat(statusOf("HN-2")).isEqualTo(ObligationStatus.FULFILLED);
        List<Integer> rounds = ledger.read(Herd.class, herd -> herd.chain(LivestockCommune.GROUP).stream()
                .map(h -> h.round()).toList());
        assertThat(rounds).containsExactly(1, 2, 3);
    }

    @Test
    void aSecondMotherGoesBack_onlyOnceASecondCalfHasGrown_toTheSameNextHousehold() {
        PassOnPolicy twoMothers = PassOnPolicy.builder().from(PassOnPolicies.standard()
                .require(PassOnPolicies.MOTHER_RETURNED)).id("two-mothers").count(2).build();
        roundOneWith(twoMothers, 3);
        ledger.submit(birth(LocalDate.of(2022, 3, 1), "G01", "K01", AnimalSex.FEMALE));
        ledger.submit(birth(LocalDate.of(2022, 7, 1), "G02", "K02", AnimalSex.FEMALE));
        ledger.submit(handOver(LocalDate.of(2022, 9, 2), "HN-2", Optional.of("HN-1"), "G01"));

        assertRefused(ledger, handOver(LocalDate.of(2022, 9, 2), "HN-2", Optional.of("HN-1"), "G03"),
                LivestockErrorCode.LIVESTOCK_ANIMAL_UNDER_AGE);
        assertThat(statusOf("HN-1")).isEqualTo(ObligationStatus.OVERDUE);
        ledger.submit(handOver(LocalDate.of(2023, 1, 2), "HN-2", Optional.of("HN-1"), "G03"));

        assertThat(statusOf("HN-1")).isEqualTo(ObligationStatus.FULFILLED);
    }

    @Test
    void aGiverOwingTwoYoung_handsBothToItsNextHousehold_whichNoOtherGiverMaySupplyAgain() {
        PassOnPolicy twoYoung = PassOnPolicy.builder().from(LivestockCommune.FIRST_FEMALE).id("two-young")
                .offspringSex(Optional.empty()).count(2).build();
        ledger.submit(group(LivestockCommune.GROUP, "HN-1", "HN-2", "HN-3", "HN-4").passOnPolicy(twoYoung).build());
        ledger.submit(lot("LO-1", goats(4)));
        ledger.submit(accept("LO-1").build());
        ledger.submit(handOver(HANDED_ON, "HN-1", Optional.empty(), "G01", "G02"));
        ledger.submit(handOver(HANDED_ON, "HN-2", Optional.empty(), "G03", "G04"));
        ledger.submit(birth(LocalDate.of(2022, 3, 1), "G01", "K01", AnimalSex.MALE));
        ledger.submit(birth(LocalDate.of(2022, 5, 1), "G02", "K02", AnimalSex.FEMALE));
        ledger.submit(birth(LocalDate.of(2022, 3, 1), "G03", "K03", AnimalSex.FEMALE));

        ledger.submit(handOver(LocalDate.of(2022, 11, 1), "HN-3", Optional.of("HN-1"), "K01"));
        ledger.submit(handOver(LocalDate.of(2023, 1, 1), "HN-3", Optional.of("HN-1"), "K02"));

        assertThat(statusOf("HN-1")).isEqualTo(ObligationStatus.FULFILLED);
        assertRefused(ledger, handOver(LocalDate.of(2023, 1, 1), "HN-3", Optional.of("HN-2"), "K03"),
                LivestockErrorCode.LIVESTOCK_RECIPIENT_ALREADY_SUPPORTED);
    }

    @Test
    void aLaterOffspring_isCountedPerMother_twinsInTheOrderTheirBirthsWereRecorded() {
        PassOnPolicy secondFemale = PassOnPolicy.builder().from(LivestockCommune.FIRST_FEMALE).id("second-female")
                .offspringOrdinal(2).deadlineMonths(48).build();
        roundOneWith(secondFemale, 2);
        ledger.submit(birth(LocalDate.of(2022, 3, 1), "G02", "K1", AnimalSex.FEMALE));
        ledger.submit(birth(LocalDate.of(2022, 4, 1), "G01", "K9", AnimalSex.FEMALE));
        ledger.submit(birth(LocalDate.of(2022, 4, 1), "G01", "K10", AnimalSex.FEMALE));

        assertRefused(ledger, handOver(LocalDate.of(2023, 1, 1), "HN-2", Optional.of("HN-1"), "K1"),
                LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_OFFSPRING);
        assertRefused(ledger, handOver(LocalDate.of(2023, 1, 1), "HN-2", Optional.of("HN-1"), "K9"),
                LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_OFFSPRING);
        ledger.submit(handOver(LocalDate.of(2023, 1, 1), "HN-2", Optional.of("HN-1"), "K10"));

        assertThat(statusOf("HN-1")).isEqualTo(ObligationStatus.FULFILLED);
    }

    @Test
    void certifiedDeathOfTheOnlyAnimal_writesTheObligationOff_underThatPolicy() {
        roundOneWith(LivestockCommune.FIRST_FEMALE, 1);

        ledger.submit(death(LocalDate.of(2022, 2, 1), "G01", Optional.of("TY-01")));

        assertThat(statusOf("HN-1")).isEqualTo(ObligationStatus.WRITTEN_OFF);
    }

    @Test
    void certifiedDeath_writesTheObligationOff_onlyWhenNoReceivedAnimalIsLeftAlive() {
        roundOneWith(LivestockCommune.FIRST_FEMALE, 2);
        ledger.submit(birth(LocalDate.of(2022, 3, 1), "G01", "K01", AnimalSex.FEMALE));

        ledger.submit(death(LocalDate.of(2022, 4, 1), "G01", Optional.of("TY-01")));
        assertThat(statusOf("HN-1")).isEqualTo(ObligationStatus.OVERDUE); // G02, also received, is alive
        ledger.submit(death(LocalDate.of(2022, 5, 1), "G02", Optional.of("TY-02")));

        assertThat(statusOf("HN-1")).isEqualTo(ObligationStatus.WRITTEN_OFF); // K01 was born there, not received
    }

    @Test
    void uncertifiedDeath_orAnotherPolicy_leavesTheObligationStanding() {
        PassOnPolicy poolReplaces = PassOnPolicy.builder().from(LivestockCommune.FIRST_FEMALE).id("pool-replaces")
                .deathHandling(DeathHandling.GROUP_POOL_REPLACES).build();
        roundOneWith(poolReplaces, 1);

        ledger.submit(death(LocalDate.of(2022, 2, 1), "G01", Optional.of("TY-01")));

        assertThat(statusOf("HN-1")).isEqualTo(ObligationStatus.OVERDUE);
    }

    @Test
    void cashInstead_fulfilsTheObligation_onlyAtThePolicysAmount() {
        PassOnPolicy withCash = PassOnPolicy.builder().from(LivestockCommune.FIRST_FEMALE).id("cash-allowed")
                .cashAlternative(Money.ofMillions(5)).build();
        roundOneWith(withCash, 2);
        String obligation = Obligation.idOf(LivestockCommune.GROUP, "HN-1");
        PayCashInstead.Builder pay = PayCashInstead.builder();
        pay.actor(PROVINCE).unitCode(A_XAN).occurredOn(LocalDate.of(2023, 5, 1)).obligationId(obligation)
                .receiptReference("PT-1");

        assertRefused(ledger, pay.amount(Money.ofMillions(4)).build(), LivestockErrorCode.LIVESTOCK_CASH_BELOW_POLICY);
        ledger.submit(pay.amount(Money.ofMillions(5)).build());

        assertThat(statusOf("HN-1")).isEqualTo(ObligationStatus.FULFILLED);
        assertRefused(ledger, pay.amount(Money.ofMillions(5)).build(), LivestockErrorCode.LIVESTOCK_OBLIGATION_CLOSED);
    }

    @Test
    void cashInstead_isRefused_whenThePolicyHasNoCashAlternative() {
        roundOneWith(LivestockCommune.FIRST_FEMALE, 1);

        assertRefused(ledger, PayCashInstead.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(LocalDate.of(2023, 5, 1))
                .obligationId(Obligation.idOf(LivestockCommune.GROUP, "HN-1")).amount(Money.ofMillions(5))
                .receiptReference("PT-1").build(), LivestockErrorCode.LIVESTOCK_NO_CASH_ALTERNATIVE);
    }

    @Test
    void vaccination_isRecordedOnLivingAnimals_andRefusedForADeadOne() {
        roundOneWith(LivestockCommune.FIRST_FEMALE, 2);
        RecordVaccination.Builder vaccinate = RecordVaccination.builder();
        vaccinate.actor(PROVINCE).unitCode(A_XAN).occurredOn(LocalDate.of(2022, 1, 5)).vaccine(Vaccine.FOOT_AND_MOUTH)
                .reference("TP-01");

        ledger.submit(vaccinate.earTags(List.of("G01", "G02")).build());
        ledger.submit(death(LocalDate.of(2022, 2, 1), "G02", Optional.empty()));

        Animal vaccinated = ledger.read(Herd.class, herd -> herd.animal("G01").orElseThrow());
        assertThat(vaccinated.vaccinations()).containsExactly("FOOT_AND_MOUTH@2022-01-05");
        assertRefused(ledger, vaccinate.earTags(List.of("G02")).build(), LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_ALIVE);
    }

    @Test
    void acceptanceBeyondTheFunds_isRefused_withoutAcceptingAnyAnimal() {
        ledger.submit(group(LivestockCommune.GROUP, "HN-1", "HN-2").build());
        ledger.submit(lot("LO-1", goats(15)));
        ledger.submit(lot("LO-2", List.of(LivestockCommune.goat("N01", AnimalSex.FEMALE),
                LivestockCommune.goat("N02", AnimalSex.FEMALE), LivestockCommune.goat("N03", AnimalSex.FEMALE),
                LivestockCommune.goat("N04", AnimalSex.FEMALE), LivestockCommune.goat("N05", AnimalSex.FEMALE),
                LivestockCommune.goat("N06", AnimalSex.FEMALE), LivestockCommune.goat("N07", AnimalSex.FEMALE),
                LivestockCommune.goat("N08", AnimalSex.FEMALE), LivestockCommune.goat("N09", AnimalSex.FEMALE),
                LivestockCommune.goat("N10", AnimalSex.FEMALE), LivestockCommune.goat("N11", AnimalSex.FEMALE))));
        ledger.submit(accept("LO-1").build());

        assertRefused(ledger, accept("LO-2").build(), FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);
        Optional<LocalDate> accepted = ledger.read(Herd.class, herd -> herd.acceptedOn("LO-2"));
        assertThat(accepted).isEmpty();
        Optional<Animal> notAccepted = ledger.read(Herd.class, herd -> herd.animal("N01"));
        assertThat(notAccepted).isEmpty();
    }
}
