package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.livestock.Corrections.addMembers;
import static org.ketnghia.livestock.Corrections.correctSale;
import static org.ketnghia.livestock.Corrections.reverseBirth;
import static org.ketnghia.livestock.Corrections.reverseDeath;
import static org.ketnghia.livestock.Corrections.transfer;
import static org.ketnghia.livestock.LivestockCommune.A_XAN;
import static org.ketnghia.livestock.LivestockCommune.GROUP;
import static org.ketnghia.livestock.LivestockCommune.PROVINCE;
import static org.ketnghia.livestock.LivestockCommune.birth;
import static org.ketnghia.livestock.LivestockCommune.death;
import static org.ketnghia.livestock.LivestockCommune.handOver;
import static org.ketnghia.livestock.LivestockCommune.sale;
import static org.ketnghia.livestock.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.livestock.group.AddGroupMembers;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.GroupLeader;
import org.ketnghia.livestock.group.GroupMember;
import org.ketnghia.livestock.group.GroupRole;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalStatus;
import org.ketnghia.livestock.herd.BirthReversed;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.HerdCounts;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.herd.ObligationStatus;
import org.ketnghia.livestock.herd.RecordPurchaseLot;
import org.ketnghia.livestock.herd.WaiveObligation;
import org.ketnghia.livestock.indicators.LivestockIndicators;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.testing.Participants;

/**
 * Corrections of the livestock ledger, history kept: members added to a founded group, animals transferred
 * between groups and communes, a birth reversed, a death corrected back to alive, a sale's price or date
 * corrected; each refusal names its code and appends nothing.
 */
class CorrectionRulesTest {

    private static final LocalDate IN_2022 = LocalDate.of(2022, 3, 1);
    private static final LocalDate ADDED_ON = LocalDate.of(2021, 10, 1);
    private static final LocalDate AFTER_MERGER = LocalDate.of(2025, 9, 1);

    private final LivestockCommune commune = new LivestockCommune().throughRoundOne();
    private final Ledger ledger = commune.ledger;

    private Herd herd() {
        return ledger.read(Herd.class, herd -> herd);
    }

    private GroupFounded group(String groupId) {
        return ledger.read(HouseholdGroups.class, groups -> groups.group(groupId).orElseThrow());
    }

    private void assertConsistent(String communeCode) {
        HerdCounts counts = herd().counts(communeCode);
        assertThat(counts.alive()).isEqualTo(counts.expectedAlive());
    }

    // ------------------------------------------------------------ members added

    @Test
    void membersAdded_joinTheEndOfTheQueue_andTheFoundingDecisionStaysAsRecorded() {
        commune.household("HN-6", "Bh'riu Thị Bảy", "Cơ Tu", PovertyCategory.NEAR_POOR);

        ledger.submit(addMembers(PROVINCE, ADDED_ON, GROUP, "HN-6"));

        GroupFounded group = group(GROUP);
        assertThat(group.queue()).containsExactly("HN-1", "HN-2", "HN-3", "HN-4", "HN-5", "HN-6");
        assertThat(group.hasMember("HN-6")).isTrue();
        assertThat(group.categories()).containsEntry("HN-6", PovertyCategory.NEAR_POOR);
        HouseholdGroups groups = ledger.read(HouseholdGroups.class, g -> g);
        assertThat(groups.foundingOf(GROUP).orElseThrow().hasMember("HN-6")).isFalse();
        assertThat(groups.groupOf("HN-6").map(GroupFounded::groupId)).contains(GROUP);
        assertThat(groups.additionsTo(GROUP)).hasSize(1);
    }

    @Test
    void membersAdded_takeThePlaceTheDecisionGives_beforeAHouseholdNotYetSupported() {
        commune.household("HN-6", "Bh'riu Thị Bảy", "Cơ Tu", PovertyCategory.POOR);

        ledger.submit(AddGroupMembers.builder().from(addMembers(PROVINCE, ADDED_ON, GROUP, "HN-6")).placedBefore("HN-3")
                .build());

        assertThat(group(GROUP).queue()).containsExactly("HN-1", "HN-2", "HN-6", "HN-3", "HN-4", "HN-5");
        assertRefused(ledger, handOver(IN_2022, "HN-3", Optional.of("HN-1"), "G01"),
                LivestockErrorCode.LIVESTOCK_RECIPIENT_NOT_NEXT);
    }

    @Test
    void addingMembers_keepsTheGroupsRules() {
        commune.household("HN-6", "Bh'riu Thị Bảy", "Cơ Tu", PovertyCategory.AVERAGE_LIVING_STANDARD);
        commune.household("HN-7", "Bh'riu Thị Tám", "Cơ Tu", PovertyCategory.POOR);

        assertRefused(ledger, addMembers(PROVINCE, ADDED_ON, GROUP, "HN-6"),
                LivestockErrorCode.LIVESTOCK_MEMBER_NOT_BENEFICIARY);
        assertRefused(ledger, addMembers(PROVINCE, ADDED_ON, GROUP, "HN-2"), LivestockErrorCode.LIVESTOCK_HOUSEHOLD_LISTED_TWICE);
        assertRefused(ledger, addMembers(PROVINCE, ADDED_ON, GROUP, LivestockCommune.LEADER),
                LivestockErrorCode.LIVESTOCK_HOUSEHOLD_LISTED_TWICE);
        assertRefused(ledger, addMembers(PROVINCE, ADDED_ON, "to-khong-co", "HN-7"), LivestockErrorCode.LIVESTOCK_UNKNOWN_GROUP);
        assertRefused(ledger, AddGroupMembers.builder().from(addMembers(PROVINCE, ADDED_ON, GROUP))
                .addMembers(GroupMember.of("HN-7", GroupRole.DEPUTY_SECRETARY, "CK-7")).build(),
                LivestockErrorCode.LIVESTOCK_GROUP_DEPUTY_COUNT);
        assertRefused(ledger, AddGroupMembers.builder().from(addMembers(PROVINCE, ADDED_ON, GROUP))
                .addMembers(GroupMember.builder().householdId("HN-7").build()).build(),
                LivestockErrorCode.LIVESTOCK_COMMITMENT_MISSING);
        assertRefused(ledger, AddGroupMembers.builder().from(addMembers(PROVINCE, ADDED_ON, GROUP, "HN-7"))
                .placedBefore("HN-1").build(), LivestockErrorCode.LIVESTOCK_QUEUE_PLACE_INVALID);
        assertThat(group(GROUP).members()).hasSize(5);
    }

    /** A second goat group of A Ur: HN-6 and HN-7 (poor), led by the non-poor HN-L2. */
    private void secondGroup() {
        commune.household("HN-6", "Bh'riu Thị Bảy", "Cơ Tu", PovertyCategory.POOR);
        commune.household("HN-7", "Bh'riu Thị Tám", "Cơ Tu", PovertyCategory.POOR);
        commune.household("HN-L2", "Hốih Văn Hai", "Cơ Tu", PovertyCategory.AVERAGE_LIVING_STANDARD);
        ledger.submit(LivestockCommune.group("to-de-2", "HN-6", "HN-7")
                .leaders(List.of(GroupLeader.household("HN-L2", "CK-L2"))).build());
    }

    @Test
    void aHouseholdOfAnotherGroup_isNotAdded() {
        secondGroup();
        assertRefused(ledger, addMembers(PROVINCE, ADDED_ON, GROUP, "HN-6"),
                LivestockErrorCode.LIVESTOCK_HOUSEHOLD_IN_OTHER_GROUP);
    }

    @Test
    void anAddedMember_receivesInItsTurn() {
        commune.household("HN-6", "Bh'riu Thị Bảy", "Cơ Tu", PovertyCategory.POOR);
        ledger.submit(addMembers(PROVINCE, ADDED_ON, GROUP, "HN-6"));
        ledger.submit(RecordPurchaseLot.builder().from(LivestockCommune.lot("LO-6", List.of(
                LivestockCommune.goat("G61", AnimalSex.FEMALE)))).occurredOn(IN_2022).build());
        ledger.submit(LivestockCommune.accept("LO-6").occurredOn(IN_2022).build());

        ledger.submit(handOver(IN_2022, "HN-6", Optional.empty(), "G61"));

        assertThat(herd().roundOf("HN-6")).hasValue(1);
    }

    // ------------------------------------------------------------ transfers

    private void stock(String lotId, String earTag, LocalDate date) {
        ledger.submit(RecordPurchaseLot.builder().from(LivestockCommune.lot(lotId, List.of(
                LivestockCommune.goat(earTag, AnimalSex.FEMALE)))).occurredOn(date).build());
        ledger.submit(LivestockCommune.accept(lotId).occurredOn(date).build());
    }

    @Test
    void animalsWaitingToBeHandedOver_moveToTheReceivingGroupsStock_andAreHandedOverThere() {
        secondGroup();
        stock("LO-6", "G61", IN_2022);

        ledger.submit(transfer(PROVINCE, IN_2022, "to-de-2", Optional.empty(), "G61"));

        Animal moved = herd().animal("G61").orElseThrow();
        assertThat(moved.groupId()).isEqualTo("to-de-2");
        assertThat(moved.status()).isEqualTo(AnimalStatus.IN_STOCK);
        assertThat(herd().transfers()).hasSize(1);
        assertRefused(ledger, handOver(IN_2022, "HN-1", Optional.empty(), "G61"),
                LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_IN_STOCK);
        ledger.submit(org.ketnghia.livestock.herd.HandOverAnimals.builder()
                .from(handOver(IN_2022, "HN-6", Optional.empty(), "G61")).groupId("to-de-2").build());
        assertThat(herd().obligation(Obligation.idOf("to-de-2", "HN-6"))).isPresent();
        assertConsistent(A_XAN);
    }

    @Test
    void keptAnimals_moveOnlyOnceTheKeepersObligationIsSettled_andTheRecipientOwesNothingForThem() {
        secondGroup();
        assertRefused(ledger, transfer(PROVINCE, IN_2022, "to-de-2", Optional.of("HN-6"), "G03"),
                LivestockErrorCode.LIVESTOCK_TRANSFER_OBLIGATION_OPEN);

        ledger.submit(WaiveObligation.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2022)
                .obligationId(Obligation.idOf(GROUP, "HN-1")).reason("Hộ chuyển đi nơi khác")
                .decisionReference("QĐ 90/QĐ-UBND").build());
        ledger.submit(transfer(PROVINCE, IN_2022, "to-de-2", Optional.of("HN-6"), "G03", "G04"));

        Animal moved = herd().animal("G03").orElseThrow();
        assertThat(moved.keeperHouseholdId()).contains("HN-6");
        assertThat(moved.groupId()).isEqualTo("to-de-2");
        assertThat(herd().keptBy("HN-1")).extracting(Animal::earTag).containsExactly("G01", "G02", "G05");
        assertThat(herd().obligation(Obligation.idOf("to-de-2", "HN-6"))).isEmpty();
        assertThat(herd().obligation(Obligation.idOf(GROUP, "HN-1")).orElseThrow().statusOn(IN_2022))
                .isEqualTo(ObligationStatus.WAIVED);
        assertConsistent(A_XAN);
    }

    @Test
    void aTransferBreakingTheRules_isRefusedWithEveryReason() {
        secondGroup();
        stock("LO-6", "G61", IN_2022);

        assertRefused(ledger, transfer(PROVINCE, IN_2022, GROUP, Optional.of("HN-2"), "G01"),
                LivestockErrorCode.LIVESTOCK_TRANSFER_SAME_GROUP);
        assertRefused(ledger, transfer(PROVINCE, IN_2022, "to-de-2", Optional.empty(), "G61", "G01"),
                LivestockErrorCode.LIVESTOCK_TRANSFER_MIXED);
        assertRefused(ledger, transfer(PROVINCE, IN_2022, "to-de-2", Optional.of("HN-6"), "G61"),
                LivestockErrorCode.LIVESTOCK_TRANSFER_STOCK_TO_HOUSEHOLD);
        assertRefused(ledger, transfer(PROVINCE, IN_2022, "to-khong-co", Optional.empty(), "G61"),
                LivestockErrorCode.LIVESTOCK_UNKNOWN_GROUP);
        assertRefused(ledger, transfer(PROVINCE, IN_2022, "to-de-2", Optional.empty(), "G11"),
                LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_IN_STOCK);
        assertRefused(ledger, transfer(PROVINCE, IN_2022, "to-de-2", Optional.of("HN-2"), "G06"),
                LivestockErrorCode.LIVESTOCK_RECIPIENT_NOT_MEMBER);
        assertThat(herd().transfers()).isEmpty();
    }

    @Test
    void aTransferToAnotherCommune_afterTheReorganisation_joinsTheSuccessorCommune() {
        // a goat group of thôn Pà Rồng, xã A Nông, which became part of xã Tây Giang (Đà Nẵng) on 1 July 2025
        ledger.submit(Participants.household("HN-P1", Participants.PA_RONG, Participants.A_NONG,
                Participants.head("Bríu Thị Pơ", Sex.FEMALE, 1980)).occurredOn(LivestockCommune.REGISTERED_ON).build());
        ledger.submit(Participants.status("HN-P1", Participants.A_NONG, 2021, PovertyCategory.POOR));
        ledger.submit(Participants.household("HN-PL", Participants.PA_RONG, Participants.A_NONG,
                Participants.head("Alăng Văn Lâm", Sex.MALE, 1970)).occurredOn(LivestockCommune.REGISTERED_ON).build());
        ledger.submit(Participants.status("HN-PL", Participants.A_NONG, 2021,
                PovertyCategory.AVERAGE_LIVING_STANDARD));
        ledger.submit(LivestockCommune.group("to-de-pa-rong", "HN-P1").unitCode(Participants.A_NONG)
                .leaders(List.of(GroupLeader.household("HN-PL", "CK-PL"))).build());
        stock("LO-6", "G61", LocalDate.of(2025, 5, 2));

        ledger.submit(org.ketnghia.livestock.herd.TransferAnimals.builder()
                .from(transfer(PROVINCE, AFTER_MERGER, "to-de-pa-rong", Optional.empty(), "G61"))
                .unitCode(Participants.HUNG_SON).build());

        Animal moved = herd().animal("G61").orElseThrow();
        assertThat(moved.communeCode()).isEqualTo(Participants.TAY_GIANG_COMMUNE);
        assertThat(herd().transfers().get(0).fromCommuneCode()).isEqualTo(A_XAN);
        assertThat(herd().counts(A_XAN).handedOverOut()).isEqualTo(1);
        assertThat(herd().counts(Participants.TAY_GIANG_COMMUNE).received()).isEqualTo(1);
        assertConsistent(A_XAN);
        assertConsistent(Participants.TAY_GIANG_COMMUNE);
    }

    // ------------------------------------------------------------ births

    @Test
    void aBirthReversed_removesTheAnimal_keepsItsTagUsed_andTheHistory() {
        ledger.submit(birth(IN_2022, "G01", "K01", AnimalSex.FEMALE));
        long bornBefore = herd().counts(A_XAN).born();

        ledger.submit(reverseBirth(PROVINCE, IN_2022.plusDays(10), "K01"));

        assertThat(herd().animal("K01")).isEmpty();
        assertThat(herd().offspringOf("G01")).isEmpty();
        assertThat(herd().counts(A_XAN).born()).isEqualTo(bornBefore - 1);
        assertConsistent(A_XAN);
        assertThat(herd().corrections("K01")).singleElement()
                .satisfies(c -> assertThat(c.correction()).isInstanceOf(BirthReversed.class));
        assertRefused(ledger, birth(IN_2022.plusDays(11), "G01", "K01", AnimalSex.FEMALE),
                LivestockErrorCode.LIVESTOCK_EAR_TAG_IN_USE);
        assertThat(ledger.store().readAll().stream().filter(e -> e.payload() instanceof
                org.ketnghia.livestock.herd.AnimalBorn)).hasSize(1);
    }

    @Test
    void aBirthReversed_countsOneBirthLessInItsPeriod() {
        ledger.submit(birth(IN_2022, "G01", "K01", AnimalSex.FEMALE));
        ledger.submit(birth(IN_2022, "G06", "K02", AnimalSex.MALE));
        ledger.submit(reverseBirth(PROVINCE, LocalDate.of(2023, 2, 1), "K01"));

        assertThat(births(ReportingPeriod.calendarYear(2022))).isEqualTo(IndicatorValue.of(1));
    }

    private IndicatorValue births(ReportingPeriod period) {
        IndicatorSource source = LivestockIndicators.sources(LivestockProgramme.quangNam2021()).stream()
                .filter(s -> s.definition().equals(LivestockIndicators.BIRTHS)).findFirst().orElseThrow();
        IndicatorAccumulator accumulator = source.newAccumulator(period);
        ledger.store().readAll().forEach(accumulator::accept);
        return accumulator.result().get(A_XAN);
    }

    @Test
    void aBirthThatWouldBreakTheRegister_isNotReversed() {
        ledger.submit(birth(IN_2022, "G01", "K01", AnimalSex.FEMALE));
        ledger.submit(handOver(LocalDate.of(2023, 1, 15), "HN-3", Optional.of("HN-1"), "K01"));
        ledger.submit(birth(LocalDate.of(2023, 9, 1), "K01", "K11", AnimalSex.FEMALE));
        ledger.submit(birth(IN_2022, "G06", "K02", AnimalSex.FEMALE));
        ledger.submit(birth(LocalDate.of(2023, 3, 1), "K02", "K21", AnimalSex.FEMALE));
        ledger.submit(birth(IN_2022, "G07", "K03", AnimalSex.FEMALE));
        ledger.submit(death(LocalDate.of(2023, 3, 1), "K03", Optional.empty()));

        LocalDate later = LocalDate.of(2024, 1, 2);
        assertRefused(ledger, reverseBirth(PROVINCE, later, "K01"),
                LivestockErrorCode.LIVESTOCK_CORRECTION_ANIMAL_HANDED_OVER);
        assertRefused(ledger, reverseBirth(PROVINCE, later, "K02"),
                LivestockErrorCode.LIVESTOCK_CORRECTION_ANIMAL_HAS_OFFSPRING);
        assertRefused(ledger, reverseBirth(PROVINCE, later, "K03"), LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_ALIVE);
        assertRefused(ledger, reverseBirth(PROVINCE, later, "G01"), LivestockErrorCode.LIVESTOCK_NO_BIRTH_TO_CORRECT);
        assertRefused(ledger, reverseBirth(PROVINCE, later, "K99"), LivestockErrorCode.LIVESTOCK_UNKNOWN_ANIMAL);
        assertRefused(ledger, org.ketnghia.livestock.herd.ReverseBirth.builder()
                .from(reverseBirth(PROVINCE, later, "K21")).reason(" ").build(),
                org.ketnghia.core.error.CoreErrorCode.VALUE_BLANK);
    }

    // ------------------------------------------------------------ deaths

    @Test
    void aDeathCorrected_bringsTheAnimalBackWithItsKeeper() {
        ledger.submit(death(IN_2022, "G02", Optional.empty()));
        long diedBefore = herd().counts(A_XAN).died();

        ledger.submit(reverseDeath(PROVINCE, IN_2022.plusDays(5), "G02"));

        Animal back = herd().animal("G02").orElseThrow();
        assertThat(back.status()).isEqualTo(AnimalStatus.KEPT);
        assertThat(back.keeperHouseholdId()).contains("HN-1");
        assertThat(herd().counts(A_XAN).died()).isEqualTo(diedBefore - 1);
        assertConsistent(A_XAN);
        assertThat(herd().corrections("G02")).hasSize(1);
        ledger.submit(death(IN_2022.plusDays(40), "G02", Optional.empty()));
        assertThat(herd().animal("G02").orElseThrow().statusSince()).isEqualTo(IN_2022.plusDays(40));
    }

    @Test
    void aDeathCorrected_reopensTheObligationItWroteOff() {
        for (String tag : List.of("G01", "G02", "G03", "G04", "G05")) {
            ledger.submit(death(IN_2022, tag, Optional.of("TY-" + tag)));
        }
        String obligation = Obligation.idOf(GROUP, "HN-1");
        assertThat(herd().obligation(obligation).orElseThrow().statusOn(IN_2022)).isEqualTo(ObligationStatus.WRITTEN_OFF);

        ledger.submit(reverseDeath(PROVINCE, IN_2022.plusDays(5), "G05"));

        assertThat(herd().obligation(obligation).orElseThrow().statusOn(IN_2022)).isEqualTo(ObligationStatus.DUE);
    }

    @Test
    void aDeathThatCannotBeCorrected_isRefused() {
        assertRefused(ledger, reverseDeath(PROVINCE, IN_2022, "G02"), LivestockErrorCode.LIVESTOCK_NO_DEATH_TO_CORRECT);
        LivestockCommune pool = new LivestockCommune().throughRoundOne(org.ketnghia.livestock.passon.PassOnPolicy
                .builder().from(LivestockCommune.FIRST_FEMALE).id("pool")
                .deathHandling(org.ketnghia.livestock.passon.DeathHandling.GROUP_POOL_REPLACES).build());
        pool.submit(death(IN_2022, "G02", Optional.of("TY-1")));
        pool.submit(org.ketnghia.livestock.herd.ReplaceDeadAnimal.builder().actor(PROVINCE).unitCode(A_XAN)
                .occurredOn(IN_2022).replacedEarTag("G02").earTag("G21").sex(AnimalSex.FEMALE).ageMonths(10)
                .replacementReference("BB-BU-G21").build());
        assertRefused(pool.ledger, reverseDeath(PROVINCE, IN_2022, "G02"),
                LivestockErrorCode.LIVESTOCK_ANIMAL_ALREADY_REPLACED);
    }

    // ------------------------------------------------------------ sales

    @Test
    void aSalesPriceAndDate_areCorrected_andTheHistoryKept() {
        ledger.submit(sale(IN_2022, "G08", Optional.of("GP-1")));

        ledger.submit(correctSale(PROVINCE, IN_2022.plusDays(20), "G08", Optional.of(Money.ofDong(3_500_000)),
                Optional.of(IN_2022.minusDays(3))));

        var sold = herd().sale("G08").orElseThrow();
        assertThat(sold.price()).isEqualTo(Money.ofDong(3_500_000));
        assertThat(sold.soldOn()).isEqualTo(IN_2022.minusDays(3));
        assertThat(sold.corrected()).isTrue();
        assertThat(herd().animal("G08").orElseThrow().statusSince()).isEqualTo(IN_2022.minusDays(3));
        assertThat(herd().corrections("G08")).hasSize(1);
        assertConsistent(A_XAN);
    }

    @Test
    void aSaleCorrectionThatChangesNothingOrIsWrong_isRefused() {
        ledger.submit(sale(IN_2022, "G08", Optional.of("GP-1")));
        LocalDate later = IN_2022.plusDays(20);

        assertRefused(ledger, correctSale(PROVINCE, later, "G07", Optional.of(Money.ofMillions(2)), Optional.empty()),
                LivestockErrorCode.LIVESTOCK_NO_SALE_TO_CORRECT);
        assertRefused(ledger, correctSale(PROVINCE, later, "G08", Optional.of(Money.ofMillions(3)), Optional.empty()),
                LivestockErrorCode.LIVESTOCK_CORRECTION_NOTHING_CHANGED);
        assertRefused(ledger, correctSale(PROVINCE, later, "G08", Optional.empty(), Optional.empty()),
                LivestockErrorCode.LIVESTOCK_CORRECTION_NOTHING_CHANGED);
        assertRefused(ledger, correctSale(PROVINCE, later, "G08", Optional.of(Money.ZERO), Optional.empty()),
                org.ketnghia.core.error.CoreErrorCode.VALUE_OUT_OF_RANGE);
        assertRefused(ledger, correctSale(PROVINCE, later, "G08", Optional.empty(), Optional.of(later.plusDays(1))),
                LivestockErrorCode.LIVESTOCK_DATE_AFTER_RECORD);
        assertRefused(ledger, correctSale(PROVINCE, later, "G08", Optional.empty(),
                Optional.of(LivestockCommune.HANDED_ON.minusDays(1))), LivestockErrorCode.LIVESTOCK_CORRECTED_DATE_TOO_EARLY);
        assertThat(herd().sale("G08").orElseThrow().corrected()).isFalse();
    }
}
