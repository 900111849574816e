package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.training.TrainingFixtures.A_XAN;
import static org.ketnghia.training.TrainingFixtures.NAM_GIANG;
import static org.ketnghia.training.TrainingFixtures.TAY_GIANG;
import static org.ketnghia.training.TrainingYear.C1;
import static org.ketnghia.training.TrainingYear.C2;
import static org.ketnghia.training.TrainingYear.C4;
import static org.ketnghia.training.TrainingYear.C5;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.funding.FundExpenditure;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.course.ClassCostRecorded;
import org.ketnghia.training.course.OfficialRoster;
import org.ketnghia.training.course.ScoreTest;
import org.ketnghia.training.course.TrainingClass;
import org.ketnghia.training.course.TrainingRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A year of classes in Tây Giang and Nam Giang, played end to end through one runtime. */
class TrainingYearEndToEndTest {

    private final KetnghiaRuntime runtime = TrainingFixtures.runtime();
    private final Ledger ledger = runtime.ledger();

    @BeforeEach
    void playTheYear() {
        TrainingYear.play(ledger);
    }

    @Test
    void fiveClassesAreRecorded_withTheirUnitsLevelsAndSortedSessionDays() {
        List<TrainingClass> classes = ledger.read(TrainingRecords.class, TrainingRecords::classes);

        assertThat(classes).extracting(TrainingClass::id)
                .containsExactly(C1, C2, TrainingYear.C3, C4, C5);
        assertThat(classes.get(0).unitCode()).isEqualTo(TAY_GIANG);
        assertThat(classes.get(0).targetLevel()).isEqualTo(OfficialLevel.DISTRICT);
        assertThat(classes.get(0).sponsorId()).contains(TrainingFixtures.SPONSOR);
        assertThat(classes.get(4).levelExceptionReason()).isPresent();
        assertThat(classes.get(3).sessionDays()).isEqualTo(TrainingYear.C4_DAYS);
    }

    @Test
    void attendanceScoresAndCertificates_followTheScript() {
        Map<String, String> certificatesOfC2 = ledger.read(TrainingRecords.class, records -> records.certificates(C2));
        Integer attendedByD2 = ledger.read(TrainingRecords.class, records -> records.sessionsAttended(C1, "TG-D2"));
        Optional<Integer> postScore = ledger.read(TrainingRecords.class, records -> records.score(C4, ScoreTest.POST, "CD-2"));
        Boolean d2Completes = ledger.read(TrainingRecords.class, records -> records.meetsCompletionThreshold(C1, "TG-D2"));

        assertThat(certificatesOfC2).containsOnly(Map.entry("AX-1", "AX-2022-001"), Map.entry("AX-2", "AX-2022-002"));
        assertThat(attendedByD2).isEqualTo(2);
        assertThat(d2Completes).isFalse();
        assertThat(postScore).contains(6);
    }

    @Test
    void communeClassCost_isSpentFromTheCommuneFund_districtClassCostIsNot() {
        Money balance = ledger.read(FundingLedger.class, funds -> funds.balance(A_XAN, TrainingModel.ID));
        List<FundExpenditure> expenditures = ledger.read(FundingLedger.class, FundingLedger::expenditures);
        List<ClassCostRecorded> districtCosts = ledger.read(TrainingRecords.class, records -> records.costs(C1));

        assertThat(balance).isEqualTo(TrainingYear.A_XAN_FUND.minus(TrainingYear.C2_COST)).isEqualTo(Money.ofMillions(3));
        assertThat(expenditures).hasSize(1);
        assertThat(expenditures.get(0).expenditureId()).isEqualTo("chi-c2");
        assertThat(districtCosts).singleElement().satisfies(cost -> {
            assertThat(cost.fromCommuneFund()).isFalse();
            assertThat(cost.amount()).isEqualTo(TrainingYear.C1_COST);
        });
    }

    @Test
    void officialsKeepTheirLevels_andVillageOfficialsCountInTheirCommune() {
        OfficialLevel villageHead = ledger.read(OfficialRoster.class,
                roster -> roster.levelAsOf("AU-1", TrainingYear.C3_DAYS.get(0), runtime.administrativeUnits()).orElseThrow());
        String coverageUnit = ledger.read(OfficialRoster.class,
                roster -> roster.coverageUnitAsOf("AU-1", TrainingYear.C3_DAYS.get(0), runtime.administrativeUnits()).orElseThrow());
        OfficialLevel districtOfficial = ledger.read(OfficialRoster.class,
                roster -> roster.levelAsOf("NG-D1", TrainingYear.C5_DAYS.get(0), runtime.administrativeUnits()).orElseThrow());

        assertThat(villageHead).isEqualTo(OfficialLevel.VILLAGE);
        assertThat(coverageUnit).isEqualTo(A_XAN);
        assertThat(districtOfficial).isEqualTo(OfficialLevel.DISTRICT);
        assertThat(NAM_GIANG).isNotEqualTo(TAY_GIANG);
    }

    @Test
    void chainIsIntact_andAReplayedRuntimeHasTheSameRecords() {
        List<TrainingClass> classes = ledger.read(TrainingRecords.class, TrainingRecords::classes);

        assertThat(ledger.verifyChain().isIntact()).isTrue();
        KetnghiaRuntime replayed = KetnghiaRuntime.builder().addModel(TrainingFixtures.model())
                .administrativeUnits(runtime.administrativeUnits()).eventStore(ledger.store()).clock(Fixtures.CLOCK)
                .build();
        List<TrainingClass> replayedClasses = replayed.ledger().read(TrainingRecords.class, TrainingRecords::classes);
        Money replayedCost = replayed.ledger().read(TrainingRecords.class, records -> records.totalCost(C5));

        assertThat(replayedClasses).isEqualTo(classes);
        assertThat(replayedCost).isEqualTo(TrainingYear.C5_COST);
    }
}
