package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.livestock.LivestockCommune.GROUP;
import static org.ketnghia.livestock.LivestockCommune.birth;
import static org.ketnghia.livestock.LivestockCommune.death;
import static org.ketnghia.livestock.LivestockCommune.goat;
import static org.ketnghia.livestock.LivestockCommune.handOver;
import static org.ketnghia.livestock.LivestockCommune.lot;
import static org.ketnghia.livestock.LivestockCommune.sale;
import static org.ketnghia.livestock.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.livestock.herd.OversightParty;
import org.ketnghia.livestock.herd.RecordDeath;

/** Every bad input of the issue is refused with a code, and the ledger is unchanged. */
class BadInputTest {

    private static final LocalDate BORN_ON = LocalDate.of(2022, 3, 1);
    private static final LocalDate LATER = LocalDate.of(2023, 1, 15);

    private final LivestockCommune commune = new LivestockCommune();
    private final Ledger ledger = commune.ledger;

    @BeforeEach
    void roundOne() {
        commune.throughRoundOne();
        ledger.submit(birth(BORN_ON, "G01", "K01", AnimalSex.FEMALE));
        ledger.submit(birth(BORN_ON, "G03", "K02", AnimalSex.MALE));
    }

    @Test
    void handingOverADeadAnimal_isRefused() {
        ledger.submit(death(LocalDate.of(2022, 12, 1), "K01", Optional.empty()));

        assertRefused(ledger, handOver(LATER, "HN-3", Optional.of("HN-1"), "K01"), LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_ALIVE);
    }

    @Test
    void handingOverASoldAnimal_isRefused() {
        ledger.submit(sale(LocalDate.of(2022, 12, 1), "K01", Optional.of("GP-1")));

        assertRefused(ledger, handOver(LATER, "HN-3", Optional.of("HN-1"), "K01"), LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_ALIVE);
    }

    @Test
    void handingOverAnAnimalAlreadyHandedOver_isRefused() {
        ledger.submit(handOver(LATER, "HN-3", Optional.of("HN-1"), "K01"));

        assertRefused(ledger, handOver(LATER, "HN-4", Optional.of("HN-1"), "K01"),
                LivestockErrorCode.LIVESTOCK_ANIMAL_ALREADY_HANDED_OVER);
        assertRefused(ledger, handOver(LATER, "HN-4", Optional.empty(), "G01"),
                LivestockErrorCode.LIVESTOCK_ANIMAL_ALREADY_HANDED_OVER);
    }

    @Test
    void handingOverAnAnimalUnderAge_isRefused() {
        KetnghiaException refusal = assertRefused(ledger, handOver(LocalDate.of(2022, 6, 1), "HN-3", Optional.of("HN-1"),
                "K01"), LivestockErrorCode.LIVESTOCK_ANIMAL_UNDER_AGE);

        assertThat(refusal.getMessage()).contains("K01");
    }

    @Test
    void handingOverAnAnimalOfTheWrongSex_isRefused() {
        assertRefused(ledger, handOver(LATER, "HN-3", Optional.of("HN-1"), "K02"), LivestockErrorCode.LIVESTOCK_ANIMAL_WRONG_SEX);
    }

    @Test
    void handingOverToAHouseholdThatIsNotNextInTheQueue_isRefused() {
        assertRefused(ledger, handOver(LATER, "HN-4", Optional.of("HN-1"), "K01"), LivestockErrorCode.LIVESTOCK_RECIPIENT_NOT_NEXT);
    }

    @Test
    void handingOverARejectedAnimal_isRefused() {
        assertRefused(ledger, handOver(LATER, "HN-3", Optional.empty(), "G11"), LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_IN_STOCK);
    }

    @Test
    void householdInTwoGroupsAtOnce_isRefused() {
        assertRefused(ledger, LivestockCommune.group("to-de-2", "HN-2").build(),
                LivestockErrorCode.LIVESTOCK_HOUSEHOLD_IN_OTHER_GROUP);
    }

    @Test
    void groupWithoutLeader_isRefused() {
        LivestockCommune fresh = new LivestockCommune().withHouseholds();

        assertRefused(fresh.ledger, LivestockCommune.group("to-2", "HN-1", "HN-2").leaders(List.of()).build(),
                LivestockErrorCode.LIVESTOCK_GROUP_WITHOUT_LEADER);
    }

    @Test
    void purchaseAboveTheCommunesFunds_isRefused() {
        List<org.ketnghia.livestock.herd.PurchasedAnimal> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(goat("N" + i, AnimalSex.FEMALE));
        }
        // 100 M received − 40 M spent = 60 M left; 20 goats cost 80 M
        assertRefused(ledger, lot("LO-2", many), FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);
    }

    @Test
    void deathWithoutDate_isRefused() {
        RecordDeath undated = RecordDeath.builder().actor(LivestockCommune.PROVINCE).unitCode(LivestockCommune.A_XAN)
                .occurredOn(LATER).earTag("G03").cause("Không rõ").build();

        assertRefused(ledger, undated, LivestockErrorCode.LIVESTOCK_DEATH_WITHOUT_DATE);
    }

    @Test
    void earTagUsedTwice_isRefused_inALot_andAtBirth() {
        assertRefused(ledger, lot("LO-2", List.of(goat("G03", AnimalSex.FEMALE))), LivestockErrorCode.LIVESTOCK_EAR_TAG_IN_USE);
        assertRefused(ledger, lot("LO-3", List.of(goat("N1", AnimalSex.FEMALE), goat("N1", AnimalSex.MALE))),
                LivestockErrorCode.LIVESTOCK_EAR_TAG_IN_USE);
        assertRefused(ledger, birth(BORN_ON, "G04", "G11", AnimalSex.FEMALE), LivestockErrorCode.LIVESTOCK_EAR_TAG_IN_USE);
    }

    @Test
    void acceptanceWithoutTheDistrictAgricultureOffice_isRefused() {
        ledger.submit(lot("LO-2", List.of(goat("N1", AnimalSex.FEMALE))));

        assertRefused(ledger, LivestockCommune.accept("LO-2").oversight(java.util.Map.of(OversightParty.SPONSOR, "Sở",
                OversightParty.PROVINCIAL_ETHNIC_AFFAIRS, "Ban", OversightParty.DISTRICT_ETHNIC_AFFAIRS, "Phòng"))
                .build(), LivestockErrorCode.LIVESTOCK_OVERSIGHT_MISSING);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        KetnghiaException refusal = assertRefused(ledger, handOver(LocalDate.of(2022, 6, 1), "HN-4", Optional.of("HN-1"),
                "K01", "K02"), LivestockErrorCode.LIVESTOCK_RECIPIENT_NOT_NEXT);

        assertThat(refusal.problems()).extracting(p -> p.code()).contains(LivestockErrorCode.LIVESTOCK_PASS_ON_COUNT,
                LivestockErrorCode.LIVESTOCK_ANIMAL_UNDER_AGE, LivestockErrorCode.LIVESTOCK_ANIMAL_WRONG_SEX);
    }

    @Test
    void groupOfTheCommune_isTheOneUsed() {
        Optional<org.ketnghia.livestock.group.GroupFounded> group =
                ledger.read(org.ketnghia.livestock.group.HouseholdGroups.class, g -> g.group(GROUP));
        assertThat(group).isPresent();
    }
}
