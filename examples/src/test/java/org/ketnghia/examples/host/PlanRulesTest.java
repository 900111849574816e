package org.ketnghia.examples.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.ProgrammeErrorCode;
import org.ketnghia.core.programme.ProgrammeRegistry;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.province.ProvincePacks;
import org.ketnghia.core.twinning.TwoOfFourRule;
import org.ketnghia.examples.programme.PlanError;
import org.ketnghia.examples.programme.ProgrammeFile;

/**
 * The plan's own rules as the host checks a programme file and records it: the 2-of-4 rule per commune
 * (sponsors together), dates after the plan's legal bases, Ban Dân tộc as coordinator rather than a
 * sponsor, targets of declared indicators, and the programme declared in the ledger with its scope.
 */
class PlanRulesTest {

    private static final String SHIPPED = shippedText();

    private static String shippedText() {
        try (java.io.InputStream in = ProgrammeFile.class.getResourceAsStream(ProgrammeFile.SHIPPED_RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<PlanError> errorsOf(UnaryOperator<String> edit) {
        ProgrammeFile file = ProgrammeFile.parse("edited.json", edit.apply(SHIPPED));
        try (ProgrammeHost host = ProgrammeHost.inMemory(file, ProvinceData.of(ProvincePacks.quangNam()))) {
            return PlanChecks.check(host).errors();
        }
    }

    @Test
    void theShippedPlan_isValid_andPhuocSonsTwoSponsorsWithOneModelEach_satisfyTheRuleTogether() {
        assertThat(errorsOf(UnaryOperator.identity())).isEmpty();
        ProgrammeFile shipped = ProgrammeFile.shipped();
        List<List<String>> phuocSon = shipped.plan().agreements().stream()
                .filter(agreement -> agreement.recipientUnitCode().equals("QNA.PHUOC-SON")).map(a -> a.modelIds()).toList();
        assertThat(phuocSon).containsExactlyInAnyOrder(List.of("livestock"), List.of("startup"));

        try (ProgrammeHost host = ProgrammeHost.inMemory(shipped, ProvinceData.of(ProvincePacks.quangNam()))) {
            ProgrammeSetup.record(host, PlanChecks.check(host).budgets());
            assertThat(TwoOfFourRule.standard().check(host.runtime().ledger(), LocalDate.of(2022, 6, 1)).satisfied()).isTrue();
        }
    }

    @Test
    void aCommuneWhoseSponsorsTogetherChooseOneModel_isRefused_atItsAgreementsModelList() {
        List<PlanError> errors = errorsOf(text -> text.replace("\"startup\"\n      ],\n      \"signedOn\": \"2022-01-01\",\n      \"illustrative\": true,\n"
                + "      \"note\": \"Mỗi bên", "\"livestock\"\n      ],\n      \"signedOn\": \"2022-01-01\",\n      \"illustrative\": true,\n"
                + "      \"note\": \"Mỗi bên"));
        // the agreements are with the district, so every commune of Phước Sơn falls short, each reported once
        assertThat(errors).isNotEmpty().extracting(PlanError::code, PlanError::path)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("PLAN_TWO_OF_FOUR", "agreements[2].modelIds"));
        assertThat(errors).anySatisfy(error -> assertThat(error.messageVi()).contains("Phước Mỹ").contains("1 trong 4"));
        assertThat(errors).extracting(PlanError::messageVi).doesNotHaveDuplicates();
    }

    @Test
    void datesBeforeThePlansLatestLegalBasis_areRefused_eachAtItsField() {
        List<PlanError> errors = errorsOf(text -> text.replace("\"start\": \"2022-01-01\"", "\"start\": \"2021-07-01\"")
                .replaceFirst("\"signedOn\": \"2022-01-01\"", "\"signedOn\": \"2021-12-13\"")
                .replaceFirst("\"pledgedOn\": \"2022-01-01\"", "\"pledgedOn\": \"2021-12-01\""));
        assertThat(errors).extracting(PlanError::code, PlanError::path).contains(
                org.assertj.core.groups.Tuple.tuple("PLAN_DATE_BEFORE_LEGAL_BASIS", "programme.start"),
                org.assertj.core.groups.Tuple.tuple("PLAN_DATE_BEFORE_LEGAL_BASIS", "agreements[0].signedOn"),
                org.assertj.core.groups.Tuple.tuple("PLAN_DATE_BEFORE_LEGAL_BASIS", "pledges[0].pledgedOn"));
        assertThat(errors.get(0).messageEn()).contains("2021-12-14");
    }

    @Test
    void theCoordinatorListedAsASponsor_andATargetOfAnUnknownIndicator_areRefused() {
        List<PlanError> errors = errorsOf(text -> text.replace("\"name\": \"Sở Tài chính tỉnh Quảng Nam\"",
                "\"name\": \"Ban Dân tộc tỉnh Quảng Nam\"").replaceFirst("\"indicatorId\": \"livestock\\.[a-z0-9.-]+\"",
                "\"indicatorId\": \"livestock.no-such-indicator\""));
        assertThat(errors).extracting(PlanError::code, PlanError::path).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("PLAN_COORDINATOR_AS_SPONSOR", "sponsors[0].name"),
                org.assertj.core.groups.Tuple.tuple("PLAN_UNKNOWN_INDICATOR", "programme.targets[0].indicatorId"));
    }

    @Test
    void theRecordedProgramme_carriesItsScopeTargetsNormsAndAllotments_andRefusesAPledgeOutsideIt() {
        try (ProgrammeHost host = ProgrammeHost.inMemory(ProgrammeFile.shipped(), ProvinceData.of(ProvincePacks.quangNam()))) {
            ProgrammeSetup.record(host, PlanChecks.check(host).budgets());
            ProgrammeTerms terms = host.runtime().ledger().read(ProgrammeRegistry.class,
                    registry -> registry.programme("quang-nam-2021").orElseThrow());
            assertThat(terms.coordinator()).contains("Ban Dân tộc tỉnh Quảng Nam");
            assertThat(terms.legalBases()).contains("Quyết định số 3651/QĐ-UBND ngày 13/12/2021 của UBND tỉnh");
            assertThat(terms.districtCodes()).hasSize(6);
            assertThat(terms.pilotCommuneCodes()).hasSize(host.plan().pilotCommunes().size());
            assertThat(terms.norm("livestock.cattle.price-per-head").orElseThrow().amount()).isEqualTo(Money.ofMillions(20));
            assertThat(terms.allotments()).allSatisfy(allotment -> assertThat(allotment.modelId()).isEqualTo("livestock"));
            assertThat(terms.allotments().stream().map(allotment -> allotment.amount()).reduce(Money.ZERO, Money::plus))
                    .as("the plan's 9 billion đồng for livestock, per district").isEqualTo(Money.ofMillions(9_000));
            assertThat(terms.targets()).isNotEmpty();

            long before = host.runtime().ledger().lastSequence();
            assertThatThrownBy(() -> host.recorder().submit(MakePledge.builder().actor(ProgrammeHost.PROVINCE)
                    .unitCode("QNA.TAY-GIANG.A-TIENG").occurredOn(LocalDate.of(2022, 3, 1)).sponsorId("hoi-an").pledgeId("ck-ngoai")
                    .sourceId(ProgrammeSetup.sourceId("hoi-an")).modelId("livestock").amount(Money.ofMillions(10)).build()))
                    .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems()).extracting(Problem::code)
                            .containsExactly(ProgrammeErrorCode.PROGRAMME_OUTSIDE_SCOPE));
            assertThat(host.runtime().ledger().lastSequence()).isEqualTo(before);
        }
    }
}
