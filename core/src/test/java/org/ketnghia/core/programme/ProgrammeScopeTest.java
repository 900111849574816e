package org.ketnghia.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.ProgrammeFixtures;

/**
 * The programme declared in the ledger: its scope decides where sponsors' money is accepted, its
 * allotments cap what a district spends on a model, and it follows the 1 July 2025 reorganisation.
 */
class ProgrammeScopeTest {

    private static final LocalDate START = LocalDate.of(2022, 1, 3);
    private static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);
    private static final LocalDate IN_2026 = LocalDate.of(2026, 2, 1);
    private static final String TAY_GIANG = "QNA.TAY-GIANG";
    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final String A_TIENG = "QNA.TAY-GIANG.A-TIENG";
    private static final String NAM_GIANG = "QNA.NAM-GIANG";
    private static final String LA_EE = "QNA.NAM-GIANG.LA-EE";
    private static final String HUNG_SON = "DNG.HUNG-SON";

    private KetnghiaRuntime runtime;
    private Ledger ledger;
    private ProgrammeFixtures fixtures;

    @BeforeEach
    void declare() {
        runtime = KetnghiaRuntime.builder()
                .administrativeUnits(ProgrammeFixtures.withVillages(Fixtures.QUANG_NAM, "QNA.TAY-GIANG.A-XAN.THON-1")).clock(Fixtures.CLOCK).build();
        ledger = runtime.ledger();
        fixtures = new ProgrammeFixtures(ledger, Fixtures.CLOCK);
        fixtures.sponsor("so-tai-chinh").on(START).record();
        fixtures.sponsor("so-y-te").on(START).record();
        fixtures.agreement("kn-1", A_XAN).sponsors("so-tai-chinh").models("livestock", "training").on(START).record();
        fixtures.agreement("kn-2", LA_EE).sponsors("so-y-te").models("livestock", "village").on(START).record();
        ledger.submit(declaration(terms().build()));
    }

    private static ProgrammeTerms.Builder terms() {
        return ProgrammeTerms.builder().id("quang-nam-2021").titleVi("Thí điểm các mô hình hỗ trợ phát triển kinh tế - xã hội")
                .decision("Kế hoạch thí điểm các mô hình qua công tác kết nghĩa")
                .addLegalBases("Quyết định số 3651/QĐ-UBND ngày 13/12/2021").provinceCode("QNA").start(START).years(5)
                .coordinator("Ban Dân tộc tỉnh").addDistrictCodes(TAY_GIANG, NAM_GIANG).addPilotCommuneCodes(A_XAN, LA_EE)
                .addTargets(ProgrammeTarget.builder().indicatorId("livestock.households-supported").value(300).build())
                .addNorms(SpendingNorm.builder().key("livestock.cattle.price-per-head").amount(Money.ofMillions(20)).unit("con")
                        .legalBasis("Kế hoạch kết nghĩa 2021").build())
                .addAllotments(ModelAllotment.builder().unitCode(TAY_GIANG).modelId("livestock").amount(Money.ofMillions(100)).build());
    }

    private static DeclareProgramme declaration(ProgrammeTerms terms) {
        return DeclareProgramme.builder().actor(PROVINCE).unitCode("QNA").occurredOn(START).terms(terms).build();
    }

    private List<Problem> refusal(Runnable action) {
        long before = ledger.lastSequence();
        try {
            action.run();
        } catch (KetnghiaException refused) {
            assertThat(ledger.lastSequence()).as("nothing appended on refusal").isEqualTo(before);
            return refused.problems();
        }
        throw new AssertionError("the command was accepted");
    }

    @Test
    void theDeclaredProgramme_isReadBack_withItsNormsTargetsAndLastDay() {
        ProgrammeTerms terms = ledger.read(ProgrammeRegistry.class, registry -> registry.programme("quang-nam-2021").orElseThrow());
        assertThat(terms.lastDay()).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(terms.norm("livestock.cattle.price-per-head").map(SpendingNorm::amount)).contains(Money.ofMillions(20));
        assertThat(terms.coordinator()).contains("Ban Dân tộc tỉnh");
    }

    @Test
    void aBrokenDeclaration_listsEveryProblem_withItsField() {
        ProgrammeTerms broken = terms().id("quang-nam-2021").years(12).pilotCommuneCodes(List.of(A_XAN, "QNA.DAI-LOC.DAI-HIEP", "QNA.NOWHERE"))
                .build();
        assertThat(refusal(() -> ledger.submit(declaration(broken))))
                .extracting(Problem::code, Problem::field)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(ProgrammeErrorCode.PROGRAMME_ALREADY_DECLARED, "terms.id"),
                        org.assertj.core.groups.Tuple.tuple(ProgrammeErrorCode.PROGRAMME_YEARS_OUT_OF_RANGE, "terms.years"),
                        org.assertj.core.groups.Tuple.tuple(ProgrammeErrorCode.PROGRAMME_UNKNOWN_UNIT, "terms.pilotCommuneCodes[2]"));
    }

    @Test
    void aSecondProgramme_cannotTakeAPilotCommuneOfOneInForce() {
        ProgrammeTerms followUp = terms().id("tiep-noi-2023").start(LocalDate.of(2023, 1, 2)).pilotCommuneCodes(List.of(A_TIENG, A_XAN))
                .build();
        assertThat(refusal(() -> ledger.submit(declaration(followUp))))
                .extracting(Problem::code, Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProgrammeErrorCode.PROGRAMME_COMMUNE_IN_OTHER_PROGRAMME,
                        "terms.pilotCommuneCodes[1]"));
    }

    @Test
    void aSponsorsPledge_toACommuneOutsideThePilot_orNotTwinnedWithIt_isRefused() {
        List<Problem> outside = refusal(() -> fixtures.pledge("cam-ket-1", "so-tai-chinh", A_TIENG, "livestock").on(IN_2024).record());
        assertThat(outside).extracting(Problem::code).containsExactly(ProgrammeErrorCode.PROGRAMME_OUTSIDE_SCOPE);
        assertThat(outside.get(0).messageVi()).contains(A_TIENG).contains("quang-nam-2021").contains(A_XAN);

        List<Problem> notTwinned = refusal(() -> fixtures.pledge("cam-ket-2", "so-y-te", A_XAN, "livestock").on(IN_2024).record());
        assertThat(notTwinned).extracting(Problem::code, Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FundingErrorCode.FUNDING_SPONSOR_NOT_TWINNED, "unitCode"));

        fixtures.pledge("cam-ket-3", "so-tai-chinh", A_XAN, "livestock").on(IN_2024).record();
    }

    @Test
    void afterTheReorganisation_thePilotCommunesSuccessor_isInScope() {
        fixtures.pledge("cam-ket-1", "so-tai-chinh", HUNG_SON, "livestock").on(IN_2026).record();
        String commune = ledger.read(FundingLedger.class, funds -> funds.pledge("cam-ket-1").orElseThrow().communeCode());
        assertThat(commune).isEqualTo(HUNG_SON);
    }

    @Test
    void aDistrictSpendingMoreOnAModelThanAllotted_isRefused_untilAnAdjustmentIsApproved() {
        fixtures.pledge("cam-ket-1", "so-tai-chinh", A_XAN, "livestock").amount(Money.ofMillions(150)).on(IN_2024).receivedInFull().record();
        ledger.submit(spend("chi-1", A_XAN, 80));
        List<Problem> over = refusal(() -> ledger.submit(spend("chi-2", A_XAN, 21)));
        assertThat(over).extracting(Problem::code).containsExactly(FundingErrorCode.FUNDING_ALLOTMENT_EXCEEDED);
        assertThat(over.get(0).messageEn()).contains(TAY_GIANG).contains("100.000.000 ₫").contains("80.000.000 ₫");

        ledger.submit(spend("chi-2", A_XAN, 20));
        ledger.submit(AdjustAllotment.builder().actor(PROVINCE).unitCode("QNA").occurredOn(IN_2024).programmeId("quang-nam-2021")
                .allotmentUnitCode(TAY_GIANG).modelId("livestock").amount(Money.ofMillions(130))
                .decision("Quyết định điều chỉnh số 12/QĐ-UBND").reasonVi("Giá bò tăng").build());
        ledger.submit(spend("chi-3", A_XAN, 30));
        java.util.Optional<Money> adjusted = ledger.read(ProgrammeRegistry.class, r -> r.allotment("quang-nam-2021", TAY_GIANG, "livestock"));
        assertThat(adjusted).contains(Money.ofMillions(130));
        assertThat(refusal(() -> ledger.submit(spend("chi-4", A_XAN, 1)))).extracting(Problem::code)
                .containsExactly(FundingErrorCode.FUNDING_ALLOTMENT_EXCEEDED);
        ledger.submit(RecordReplication.builder().actor(PROVINCE).unitCode(A_TIENG).occurredOn(IN_2024).replicationId("nr-1")
                .modelId("livestock").learntFrom("to-bo-a-xan").households(6).fundedBy("Hộ tự đầu tư")
                .descriptionVi("Tổ nuôi bò quay vòng do dân tự lập theo mô hình A Xan").build());
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @Test
    void fundsHeldByTheProvincialCommittee_areSpentUnderTheSameNoOverspendRule() {
        fixtures.sponsor("ngan-sach").on(START).record();
        ledger.submit(RecordReceipt.builder().actor(PROVINCE).unitCode("QNA").occurredOn(IN_2024).receiptId("thu-kiem-tra")
                .unpledged(true).sourceId("nguon-ngan-sach").modelId("monitoring").amount(Money.ofMillions(10)).build());
        ledger.submit(spend("chi-kiem-tra", "QNA", 4));
        Money balance = ledger.read(FundingLedger.class, funds -> funds.balance("QNA", "monitoring"));
        assertThat(balance).isEqualTo(Money.ofMillions(6));
        assertThat(refusal(() -> ledger.submit(spend("chi-kiem-tra-2", "QNA", 7)))).extracting(Problem::code)
                .containsExactly(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);
        assertThat(refusal(() -> ledger.submit(spend("chi-thon", "QNA.TAY-GIANG.A-XAN.THON-1", 1)))).extracting(Problem::code)
                .contains(FundingErrorCode.FUNDING_NOT_A_COMMUNE);
    }

    @Test
    void aReplication_isRecordedWithinTheDistricts_andRefusedOutside() {
        ledger.submit(RecordReplication.builder().actor(PROVINCE).unitCode(A_TIENG).occurredOn(IN_2024).replicationId("nr-1")
                .modelId("livestock").learntFrom("to-bo-a-xan").households(6).fundedBy("Hộ tự đầu tư")
                .descriptionVi("Tổ nuôi bò quay vòng do dân tự lập theo mô hình A Xan").build());
        List<ProgrammeRegistry.Replication> replications = ledger.read(ProgrammeRegistry.class, ProgrammeRegistry::replications);
        assertThat(replications).singleElement().satisfies(r -> {
                    assertThat(r.unitCode()).isEqualTo(A_TIENG);
                    assertThat(r.event().households()).isEqualTo(6);
                });
        assertThat(refusal(() -> ledger.submit(RecordReplication.builder().actor(PROVINCE).unitCode("QNA.DAI-LOC")
                .occurredOn(IN_2024).replicationId("nr-2").modelId("livestock").fundedBy("Ngân sách huyện")
                .descriptionVi("Nhân rộng").build()))).extracting(Problem::code, Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProgrammeErrorCode.PROGRAMME_OUTSIDE_DISTRICTS, "unitCode"));
    }

    private static RecordExpenditure spend(String id, String unitCode, long millions) {
        String model = unitCode.equals("QNA") ? "monitoring" : "livestock";
        return RecordExpenditure.builder().actor(PROVINCE).unitCode(unitCode).occurredOn(IN_2024).expenditureId(id).modelId(model)
                .description("Chi " + id).amount(Money.ofMillions(millions)).documentReference("PC-" + id).build();
    }
}
