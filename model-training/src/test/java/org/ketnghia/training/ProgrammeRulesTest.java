package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.training.TrainingFixtures.A_XAN;
import static org.ketnghia.training.TrainingFixtures.CA_DY;
import static org.ketnghia.training.TrainingFixtures.HUNG_SON;
import static org.ketnghia.training.TrainingFixtures.NAM_GIANG;
import static org.ketnghia.training.TrainingFixtures.SPONSOR;
import static org.ketnghia.training.TrainingFixtures.TAY_GIANG;
import static org.ketnghia.training.TrainingFixtures.classNorm;
import static org.ketnghia.training.TrainingFixtures.cost;
import static org.ketnghia.training.TrainingFixtures.days;
import static org.ketnghia.training.TrainingFixtures.enrol;
import static org.ketnghia.training.TrainingFixtures.openClass;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.ProgrammeErrorCode;
import org.ketnghia.core.programme.SpendingNorm;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.catalogue.TrainingNorms;
import org.ketnghia.training.course.ClassCostRecorded;
import org.ketnghia.training.course.RecordClassCost;
import org.ketnghia.training.course.TrainingRecords;

/**
 * The plan's rules enforced when recording classes (issue 17, mục 3.2 and 3.4 of the plan): classes only for units
 * of the programme's districts (or the communes carrying them on), enrolment only of the programme's officials, and
 * class costs within the per-class norms of the level of officials trained unless justified. After the 2022 year of
 * {@link TrainingYear}, recorded before the programme was declared.
 */
class ProgrammeRulesTest {

    private static final LocalDate IN_2023 = LocalDate.of(2023, 3, 1);
    private static final List<LocalDate> DAYS_2023 = days(LocalDate.of(2023, 3, 6), 2);
    private static final LocalDate IN_2026 = LocalDate.of(2026, 3, 2);
    private static final List<LocalDate> DAYS_2026 = days(LocalDate.of(2026, 3, 9), 2);

    private final Ledger ledger = TrainingFixtures.runtime().ledger();

    @BeforeEach
    void playTheYearAndFundAXan() {
        TrainingYear.play(ledger);
        ledger.submit(MakePledge.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(TrainingFixtures.REGISTERED)
                .sponsorId(SPONSOR).pledgeId("cam-ket-2023").sourceId(TrainingFixtures.SOURCE).modelId(TrainingModel.ID)
                .amount(Money.ofMillions(50)).build());
        ledger.submit(RecordReceipt.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(TrainingFixtures.REGISTERED)
                .receiptId("thu-2023").pledgeId("cam-ket-2023").amount(Money.ofMillions(50)).build());
    }

    private void declare(List<String> districts, SpendingNorm... norms) {
        ledger.submit(TrainingFixtures.programme(districts, norms));
    }

    private List<String> enrolled(String classId) {
        return ledger.read(TrainingRecords.class, records -> records.enrolled(classId));
    }

    private Money totalCost(String classId) {
        return ledger.read(TrainingRecords.class, records -> records.totalCost(classId));
    }

    private List<Problem> refusal(Command command) {
        long before = ledger.lastSequence();
        Throwable thrown = catchThrowable(() -> ledger.submit(command));
        assertThat(thrown).as("%s must be refused", command.getClass().getSimpleName()).isInstanceOf(KetnghiaException.class);
        assertThat(ledger.lastSequence()).as("nothing appended").isEqualTo(before);
        return ((KetnghiaException) thrown).problems();
    }

    // ------------------------------------------------------------------ classes of the programme's units

    @Test
    void aClassForAUnitOutsideTheDistricts_isRefused_oneWithinThemOrTheirSuccessorCommunesAccepted() {
        declare(List.of(TAY_GIANG));

        List<Problem> district = refusal(openClass("NG-2023", NAM_GIANG, OfficialLevel.DISTRICT, IN_2023, DAYS_2023, 10,
                "finance").build());
        assertThat(district).extracting(Problem::code, Problem::field)
                .containsExactly(Tuple.tuple(ProgrammeErrorCode.PROGRAMME_OUTSIDE_DISTRICTS, "unitCode"));
        assertThat(district.get(0).messageVi()).contains(NAM_GIANG).contains(TrainingFixtures.PROGRAMME);
        assertThat(refusal(openClass("CD-2023", CA_DY, OfficialLevel.COMMUNE, IN_2023, DAYS_2023, 10, "finance").build()))
                .extracting(Problem::code).containsExactly(ProgrammeErrorCode.PROGRAMME_OUTSIDE_DISTRICTS);

        ledger.submit(openClass("AX-2023", A_XAN, OfficialLevel.COMMUNE, IN_2023, DAYS_2023, 10, "finance").build());
        ledger.submit(openClass("HS-2026", HUNG_SON, OfficialLevel.COMMUNE, IN_2026, DAYS_2026, 10, "finance").build());
        assertThat(ledger.read(TrainingRecords.class, TrainingRecords::classes)).hasSize(5 + 2);
    }

    @Test
    void withoutADeclaredProgramme_classesAndEnrolmentsAnywhere_areAcceptedAsBefore() {
        ledger.submit(openClass("CD-2023", CA_DY, OfficialLevel.COMMUNE, IN_2023, DAYS_2023, 10, "finance").build());
        ledger.submit(enrol("CD-2023", CA_DY, IN_2023, "CD-2"));
        assertThat(enrolled("CD-2023")).containsExactly("CD-2");
    }

    // ------------------------------------------------------------------ the programme's officials

    @Test
    void enrollingAnOfficialOfAUnitOutsideTheDistricts_isRefused_officialsOfItsCommunesAreEnrolled() {
        declare(List.of(TAY_GIANG));
        ledger.submit(openClass("AX-2023", A_XAN, OfficialLevel.COMMUNE, IN_2023, DAYS_2023, 10, "finance").build());

        List<Problem> outside = refusal(enrol("AX-2023", A_XAN, IN_2023, "AX-3", "CD-1", "CH-1"));
        assertThat(outside).extracting(Problem::code, Problem::field)
                .containsExactly(Tuple.tuple(ProgrammeErrorCode.PROGRAMME_OUTSIDE_DISTRICTS, "personIds[1]"));
        assertThat(outside.get(0).messageEn()).contains(CA_DY);

        ledger.submit(enrol("AX-2023", A_XAN, IN_2023, "AX-3", "CH-1"));
        assertThat(enrolled("AX-2023")).containsExactly("AX-3", "CH-1");
    }

    @Test
    void after2025_officialsAreJudgedByTheirNewCommune_orByTheirPostWhileAnAbolishedDistrictsOfficialIsNotReassigned() {
        declare(List.of(TAY_GIANG));
        ledger.submit(openClass("HS-2026", HUNG_SON, OfficialLevel.COMMUNE, IN_2026, DAYS_2026, 10, "finance")
                .levelExceptionReason("Lớp ghép sau sắp xếp đơn vị hành chính").build());

        assertThat(refusal(enrol("HS-2026", HUNG_SON, IN_2026, "NG-D1"))).extracting(Problem::code)
                .containsExactly(ProgrammeErrorCode.PROGRAMME_OUTSIDE_DISTRICTS);
        ledger.submit(enrol("HS-2026", HUNG_SON, IN_2026, "AX-1", "TG-D2"));
        assertThat(enrolled("HS-2026")).containsExactly("AX-1", "TG-D2");
    }

    // ------------------------------------------------------------------ per-class norms

    @Test
    void aDistrictClassCostingMoreThanItsNorm_isRefusedWithoutAJustification_andKeepsOneGiven() {
        declare(List.of(TAY_GIANG), classNorm(TrainingNorms.CLASS_COST_DISTRICT, 25), classNorm(TrainingNorms.CLASS_COST_COMMUNE, 10));
        ledger.submit(openClass("TG-2023", TAY_GIANG, OfficialLevel.DISTRICT, IN_2023, DAYS_2023, 10, "finance").build());
        ledger.submit(cost("TG-2023", TAY_GIANG, DAYS_2023.get(1), "chi-tg-1", Money.ofMillions(20)));

        List<Problem> above = refusal(cost("TG-2023", TAY_GIANG, DAYS_2023.get(1), "chi-tg-2", Money.ofMillions(6)));
        assertThat(above).extracting(Problem::code, Problem::field)
                .containsExactly(Tuple.tuple(TrainingErrorCode.TRAINING_COST_ABOVE_NORM, "aboveNormJustification"));
        assertThat(above.get(0).messageVi()).contains("TG-2023").contains("26.000.000").contains("25.000.000")
                .contains("lớp").contains(TrainingNorms.CLASS_COST_DISTRICT);
        assertThat(refusal(RecordClassCost.builder().from(cost("TG-2023", TAY_GIANG, DAYS_2023.get(1), "chi-tg-2",
                Money.ofMillions(6))).aboveNormJustification("").build())).extracting(Problem::code, Problem::field)
                .containsExactly(Tuple.tuple(CoreErrorCode.VALUE_BLANK, "aboveNormJustification"));

        ledger.submit(cost("TG-2023", TAY_GIANG, DAYS_2023.get(1), "chi-tg-2", Money.ofMillions(5)));
        ledger.submit(RecordClassCost.builder().from(cost("TG-2023", TAY_GIANG, DAYS_2023.get(1), "chi-tg-3",
                Money.ofMillions(3))).aboveNormJustification("Thuê hội trường do trụ sở huyện đang sửa chữa").build());
        List<ClassCostRecorded> costs = ledger.read(TrainingRecords.class, records -> records.costs("TG-2023"));
        assertThat(costs).extracting(ClassCostRecorded::aboveNormJustification)
                .containsExactly(java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.of("Thuê hội trường do trụ sở huyện đang sửa chữa"));
    }

    @Test
    void communeAndVillageClasses_areCheckedAgainstTheCommuneNorm_whenNoVillageNormIsSet() {
        declare(List.of(TAY_GIANG), classNorm(TrainingNorms.CLASS_COST_COMMUNE, 10));
        ledger.submit(openClass("AX-2023", A_XAN, OfficialLevel.COMMUNE, IN_2023, DAYS_2023, 10, "finance").build());
        ledger.submit(openClass("AU-2023", A_XAN, OfficialLevel.VILLAGE, DAYS_2023.get(1).plusDays(1),
                days(DAYS_2023.get(1).plusDays(2), 1), 10, "information-technology").build());

        assertThat(refusal(cost("AX-2023", A_XAN, DAYS_2023.get(1), "chi-ax", Money.ofMillions(11)))).extracting(Problem::code)
                .containsExactly(TrainingErrorCode.TRAINING_COST_ABOVE_NORM);
        assertThat(refusal(cost("AU-2023", A_XAN, DAYS_2023.get(1), "chi-au", Money.ofMillions(11)))).extracting(Problem::code)
                .containsExactly(TrainingErrorCode.TRAINING_COST_ABOVE_NORM);
        ledger.submit(cost("AX-2023", A_XAN, DAYS_2023.get(1), "chi-ax", Money.ofMillions(10)));
        assertThat(totalCost("AX-2023")).isEqualTo(Money.ofMillions(10));
    }

    @Test
    void withoutANormForTheLevel_anyCostIsAccepted() {
        declare(List.of(TAY_GIANG), classNorm(TrainingNorms.CLASS_COST_COMMUNE, 10));
        ledger.submit(openClass("TG-2023", TAY_GIANG, OfficialLevel.DISTRICT, IN_2023, DAYS_2023, 10, "finance").build());
        ledger.submit(cost("TG-2023", TAY_GIANG, DAYS_2023.get(1), "chi-tg", Money.ofMillions(90)));
        assertThat(totalCost("TG-2023")).isEqualTo(Money.ofMillions(90));
    }

    @Test
    void theNormKeys_followTheLevelOfTheOfficialsTrained() {
        assertThat(TrainingNorms.classCostKeys(OfficialLevel.DISTRICT)).containsExactly("training.class-cost.district");
        assertThat(TrainingNorms.classCostKeys(OfficialLevel.COMMUNE)).containsExactly("training.class-cost.commune");
        assertThat(TrainingNorms.classCostKeys(OfficialLevel.VILLAGE))
                .containsExactly("training.class-cost.village", "training.class-cost.commune");
    }
}
