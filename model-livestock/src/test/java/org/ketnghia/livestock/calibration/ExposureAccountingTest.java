package org.ketnghia.livestock.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.simulation.Demography;
import org.ketnghia.testing.Participants;

/** The census accounting on a hand-built ledger, month by month. */
class ExposureAccountingTest {

    private static final LocalDate JAN = LocalDate.of(2022, 1, 1);
    private static final LocalDate END = LocalDate.of(2022, 12, 31);

    private static CalibrationReport calibrate(TinyLedger ledger, LocalDate asOf) {
        return HerdCalibration.estimate(ledger.store(), Participants.units(), CalibrationSelection.all(), asOf,
                Demography.standard());
    }

    private static ExposureRow row(CalibrationReport report, AnimalSex sex, AgeClass ageClass) {
        return report.exposures().stream().filter(r -> r.sex() == sex && r.ageClass() == ageClass).findFirst()
                .orElseThrow();
    }

    /** A doe bought at 30 months, a kid born in March that dies in August. */
    private static TinyLedger doeAndKid() {
        return new TinyLedger().lot(JAN, TinyLedger.goat("D1", AnimalSex.FEMALE, 30))
                .born(LocalDate.of(2022, 3, 10), "D1", "K1", AnimalSex.MALE)
                .died(LocalDate.of(2022, 8, 20), "K1");
    }

    @Test
    void aKidBornInMarch_isInClassZeroAtTheAprilCensus_andCountsUntilTheMonthItDies() {
        CalibrationReport report = calibrate(doeAndKid(), END);

        // April to August: five censuses at ages 0–4, the last one ended by the death
        assertThat(row(report, AnimalSex.MALE, AgeClass.YOUNG).animalMonths()).isEqualTo(5);
        assertThat(row(report, AnimalSex.MALE, AgeClass.YOUNG).deaths()).isEqualTo(1);
        assertThat(row(report, AnimalSex.MALE, AgeClass.YEARLING).animalMonths()).isZero();
    }

    @Test
    void aBoughtDoe_countsFromTheCensusOfTheDayItCame_atTheAgeOnDelivery() {
        CalibrationReport report = calibrate(doeAndKid(), END);

        // 30 months in January: ages 30–35 in January–June (yearling), 36–41 in July–December (adult)
        assertThat(row(report, AnimalSex.FEMALE, AgeClass.YEARLING).animalMonths()).isEqualTo(6);
        assertThat(row(report, AnimalSex.FEMALE, AgeClass.ADULT).animalMonths()).isEqualTo(6);
        ParameterEstimate interval = report.estimate(Species.GOAT, CalibrationParameter.PARTURITION_INTERVAL).orElseThrow();
        assertThat(interval.exposure()).isEqualTo(12);
        assertThat(interval.events()).isEqualTo(1);
        assertThat(interval.estimate()).hasValue(12.0);
        assertThat(interval.sufficientData()).isFalse();
        assertThat(interval.excludesAssumption()).isFalse();
    }

    @Test
    void onlyMonthsWhollyObserved_count() {
        CalibrationReport report = calibrate(doeAndKid(), LocalDate.of(2022, 12, 15));

        assertThat(report.lastCensus()).hasToString("2022-11");
        assertThat(row(report, AnimalSex.FEMALE, AgeClass.ADULT).animalMonths()).isEqualTo(5);
    }

    @Test
    void aDeathAfterTheDate_isNotSeen_theAnimalIsStillAtRisk() {
        CalibrationReport report = calibrate(doeAndKid(), LocalDate.of(2022, 7, 31));

        assertThat(row(report, AnimalSex.MALE, AgeClass.YOUNG).animalMonths()).isEqualTo(4);
        assertThat(row(report, AnimalSex.MALE, AgeClass.YOUNG).deaths()).isZero();
    }

    @Test
    void reversedBirthsAndDeaths_countAsTheCorrectedTruth() {
        TinyLedger ledger = doeAndKid()
                .born(LocalDate.of(2022, 3, 10), "D1", "K2", AnimalSex.FEMALE)
                .birthReversed(LocalDate.of(2022, 4, 2), "K2", "D1", LocalDate.of(2022, 3, 10))
                .died(LocalDate.of(2022, 10, 3), "D1")
                .deathReversed(LocalDate.of(2022, 10, 9), "D1", LocalDate.of(2022, 10, 3));

        CalibrationReport report = calibrate(ledger, END);

        assertThat(row(report, AnimalSex.FEMALE, AgeClass.YOUNG).animalMonths()).as("the reversed kid").isZero();
        assertThat(row(report, AnimalSex.FEMALE, AgeClass.ADULT).animalMonths()).isEqualTo(6);
        assertThat(row(report, AnimalSex.FEMALE, AgeClass.ADULT).deaths()).isZero();
        ParameterEstimate singles = report.estimate(Species.GOAT, CalibrationParameter.LITTER_SINGLE).orElseThrow();
        assertThat(singles.events()).as("one litter of one").isEqualTo(1);
        assertThat(singles.exposure()).isEqualTo(1);
    }

    @Test
    void salesAreSortedByReason_offtakeCompetesWithDeath_aCullOnlyEndsTheExposure() {
        TinyLedger ledger = new TinyLedger().lot(JAN, TinyLedger.goat("B1", AnimalSex.MALE, 20),
                TinyLedger.goat("B2", AnimalSex.MALE, 20), TinyLedger.goat("O1", AnimalSex.FEMALE, 80))
                .sold(LocalDate.of(2022, 5, 31), "B1", "Thương lái")
                .sold(LocalDate.of(2022, 2, 28), "B2", "Thương lái (bán bớt đàn vượt mức)")
                .sold(LocalDate.of(2022, 3, 31), "O1", "Lò mổ"); // 82 months in March: 82 + 1 ≥ cull age 84? no

        CalibrationReport report = calibrate(ledger, END);

        ExposureRow males = row(report, AnimalSex.MALE, AgeClass.YEARLING);
        assertThat(males.animalMonths()).isEqualTo(5 + 2);
        assertThat(males.offtakeSales()).isEqualTo(1);
        assertThat(males.surplusSales()).isEqualTo(1);
        ExposureRow old = row(report, AnimalSex.FEMALE, AgeClass.ADULT);
        assertThat(old.animalMonths()).isEqualTo(3);
        assertThat(old.otherSales()).isEqualTo(1);
        ParameterEstimate offtake = report.estimate(Species.GOAT, CalibrationParameter.MALE_OFFTAKE).orElseThrow();
        assertThat(offtake.events()).isEqualTo(1);
        assertThat(offtake.exposure()).isEqualTo(7);
    }

    @Test
    void aSaleAtTheCullAge_isACull() {
        TinyLedger ledger = new TinyLedger().lot(JAN, TinyLedger.goat("O2", AnimalSex.FEMALE, 81))
                .sold(LocalDate.of(2022, 3, 31), "O2", "Lò mổ"); // 83 months at the March census: 83 + 1 = cull age

        CalibrationReport report = calibrate(ledger, END);

        assertThat(row(report, AnimalSex.FEMALE, AgeClass.ADULT).culls()).isEqualTo(1);
        assertThat(row(report, AnimalSex.FEMALE, AgeClass.ADULT).otherSales()).isZero();
    }

    @Test
    void aDateBeforeTheFirstAnimal_andUnknownCodes_areRefusedTogether() {
        TinyLedger ledger = doeAndKid();
        CalibrationSelection unknown = new CalibrationSelection(Set.of("QNA.KHONG-CO", Participants.A_XAN),
                Set.of("QNA.XA-LA"), Set.of("to-khong-co"));

        assertThatThrownBy(() -> HerdCalibration.estimate(ledger.store(), Participants.units(), unknown,
                LocalDate.of(2021, 12, 31), Demography.standard()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code().name() + "@" + p.field())
                        .containsExactlyInAnyOrder("CALIBRATION_UNKNOWN_DISTRICT@selection.districtCodes[0]",
                                "CALIBRATION_UNKNOWN_DISTRICT@selection.districtCodes[1]",
                                "CALIBRATION_UNKNOWN_COMMUNE@selection.communeCodes[0]",
                                "CALIBRATION_UNKNOWN_GROUP@selection.groupIds[0]",
                                "CALIBRATION_AS_OF_BEFORE_START@asOf"));
    }

    @Test
    void anEmptyLedger_hasNothingToCalibrate() {
        assertThatThrownBy(() -> calibrate(new TinyLedger(), END)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.code()).isEqualTo(CalibrationErrorCode.CALIBRATION_NO_ANIMALS));
    }

    @Test
    void aSelectionByDistrict_readsOnlyTheGroupsFoundedThere() {
        // the tiny ledger records no founding, so its group lies in no district
        CalibrationReport byDistrict = HerdCalibration.estimate(doeAndKid().store(), Participants.units(),
                CalibrationSelection.ofDistricts(Participants.TAY_GIANG_DISTRICT), END, Demography.standard());

        assertThat(calibrate(doeAndKid(), END).exposures()).isNotEmpty();
        assertThat(byDistrict.exposures()).isEmpty();
        assertThat(byDistrict.estimates()).isEmpty();
    }

    @Test
    void aTransferredAnimal_countsInEachGroupForTheMonthsItWasThere() {
        TinyLedger ledger = new TinyLedger().founded(JAN.minusMonths(1), TinyLedger.GROUP, Participants.A_XAN)
                .founded(JAN.minusMonths(1), "to-de-a-nong", Participants.A_NONG)
                .lot(JAN, TinyLedger.goat("D1", AnimalSex.FEMALE, 40))
                .transferred(LocalDate.of(2022, 7, 1), "D1", TinyLedger.GROUP, "to-de-a-nong", Participants.A_NONG);

        assertThat(adultMonths(ledger, CalibrationSelection.ofGroups(TinyLedger.GROUP))).isEqualTo(6);
        assertThat(adultMonths(ledger, CalibrationSelection.ofCommunes(Participants.A_NONG))).isEqualTo(6);
        assertThat(adultMonths(ledger, CalibrationSelection.ofDistricts(Participants.TAY_GIANG_DISTRICT))).isEqualTo(12);
    }

    @Test
    void aGroupFoundedAfterTheMergers_isFoundInItsDistrictThroughThePredecessorCommunes() {
        LocalDate after = LocalDate.of(2025, 8, 1);
        TinyLedger ledger = new TinyLedger().founded(after, TinyLedger.GROUP, Participants.HUNG_SON)
                .lot(after, TinyLedger.goat("D1", AnimalSex.FEMALE, 40));

        CalibrationReport report = HerdCalibration.estimate(ledger.store(), Participants.units(),
                CalibrationSelection.ofDistricts(Participants.TAY_GIANG_DISTRICT), LocalDate.of(2025, 12, 31),
                Demography.standard());

        assertThat(row(report, AnimalSex.FEMALE, AgeClass.ADULT).animalMonths()).isEqualTo(5);
        assertThat(report.districtCodes()).containsEntry(Species.GOAT, java.util.List.of(Participants.TAY_GIANG_DISTRICT));
    }

    private static long adultMonths(TinyLedger ledger, CalibrationSelection selection) {
        CalibrationReport report = HerdCalibration.estimate(ledger.store(), Participants.units(), selection, END,
                Demography.standard());
        return report.exposures().isEmpty() ? 0 : row(report, AnimalSex.FEMALE, AgeClass.ADULT).animalMonths();
    }
}
