package org.ketnghia.core.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/** The commune's model plan (phương án): recorded, approved by the right level, amended; in force as of a date. */
class ModelPlanTest {

    static final String A_XAN = Participants.A_XAN;
    static final String DANG = "QNA.TAY-GIANG.DANG";
    static final LocalDate DRAFTED = LocalDate.of(2022, 3, 1);
    static final LocalDate APPROVED = LocalDate.of(2022, 4, 1);
    static final ModelPlanScope GOATS = ModelPlanScope.builder().modelId(StandardModels.LIVESTOCK).addGroupIds("TO-1", "TO-2")
            .addVillageCodes(Participants.A_UR).summaryVi("Hai tổ nuôi dê 50 hộ ở thôn A Ur").build();

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final Ledger ledger = KetnghiaRuntime.builder().administrativeUnits(Participants.units()).eventStore(store)
            .clock(Fixtures.CLOCK).build().ledger();

    static RecordModelPlan record(Actor actor) {
        return RecordModelPlan.builder().actor(actor).unitCode(A_XAN).occurredOn(DRAFTED).planId("PA-A-XAN-DE").scope(GOATS)
                .documentReference("Tờ trình số 7/TTr-UBND").build();
    }

    static ApproveModelPlan approve(Actor actor, PlanApprovalLevel level, LocalDate on) {
        return ApproveModelPlan.builder().actor(actor).unitCode(A_XAN).occurredOn(on).planId("PA-A-XAN-DE").level(level)
                .decision("Quyết định số 21/QĐ-UBND").build();
    }

    static AmendModelPlan amend(Actor actor, LocalDate on) {
        return AmendModelPlan.builder().actor(actor).unitCode(A_XAN).occurredOn(on).planId("PA-A-XAN-DE")
                .scope(ModelPlanScope.builder().from(GOATS).addGroupIds("TO-3").build()).reasonVi("Thêm tổ 3").build();
    }

    private Optional<ModelPlan> inForce(String commune, LocalDate on) {
        return ledger.read(ModelPlanRegistry.class,
                (ModelPlanRegistry r) -> r.approvedPlan(commune, StandardModels.LIVESTOCK, on, ledger.administrativeUnits()));
    }

    private void assertRefused(Command command, ErrorCode... expected) {
        long before = store.size();
        List<ModelPlan> versions = ledger.read(ModelPlanRegistry.class, (ModelPlanRegistry r) -> r.versions("PA-A-XAN-DE"));
        assertThatThrownBy(() -> ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).as(e.getMessage()).extracting(p -> p.code()).containsExactly(expected));
        assertThat(store.size()).isEqualTo(before);
        assertThat(ledger.read(ModelPlanRegistry.class, (ModelPlanRegistry r) -> r.versions("PA-A-XAN-DE"))).isEqualTo(versions);
    }

    @Test
    void aPlanIsInForceFromItsApproval_anAmendmentOnlyOnceApproved_andForTheMergedCommune() {
        ledger.submit(record(PROVINCE));
        assertThat(inForce(A_XAN, APPROVED)).isEmpty();

        ledger.submit(approve(actor(ActorRole.DISTRICT_OFFICE, "QNA.TAY-GIANG"), PlanApprovalLevel.DISTRICT_OFFICE, APPROVED));
        LocalDate amended = LocalDate.of(2023, 1, 10);
        ledger.submit(amend(PROVINCE, amended));

        assertThat(inForce(A_XAN, APPROVED.minusDays(1))).isEmpty();
        assertThat(inForce(A_XAN, amended)).hasValueSatisfying(plan -> {
            assertThat(plan.version()).isEqualTo(1);
            assertThat(plan.approvedBy()).hasValue(PlanApprovalLevel.DISTRICT_OFFICE);
        });
        assertThat(ledger.read(ModelPlanRegistry.class, (ModelPlanRegistry r) -> r.hasApprovedPlan(A_XAN, StandardModels.STARTUP,
                amended, ledger.administrativeUnits()))).isFalse();

        LocalDate approvedAgain = LocalDate.of(2023, 2, 1);
        ledger.submit(approve(actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"), PlanApprovalLevel.PROVINCIAL_COMMITTEE, approvedAgain));
        assertThat(inForce(A_XAN, approvedAgain)).hasValueSatisfying(plan -> assertThat(plan.scope().groupIds())
                .containsExactly("TO-1", "TO-2", "TO-3"));
        // A Xan became part of Hùng Sơn on 1 July 2025
        assertThat(inForce(Participants.HUNG_SON, LocalDate.of(2026, 1, 1))).hasValueSatisfying(
                plan -> assertThat(plan.version()).isEqualTo(2));
        assertThat(inForce(Participants.TAY_GIANG_COMMUNE, LocalDate.of(2026, 1, 1))).isEmpty();
        List<ModelPlan> versions = ledger.read(ModelPlanRegistry.class, (ModelPlanRegistry r) -> r.versions("PA-A-XAN-DE"));
        ledger.rebuildProjections();
        assertThat(ledger.read(ModelPlanRegistry.class, (ModelPlanRegistry r) -> r.versions("PA-A-XAN-DE"))).isEqualTo(versions)
                .hasSize(2);
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(ledger)).isPositive();
    }

    @Test
    void brokenPlans_areRefusedWithEveryReason() {
        ModelPlanScope broken = ModelPlanScope.builder().modelId(" ").addGroupIds("TO-1", "TO-1").addCallIds(" ")
                .addVillageCodes("QNA.NOWHERE").summaryVi("").build();
        assertRefused(RecordModelPlan.builder().from(record(PROVINCE)).planId("").unitCode("QNA.TAY-GIANG").scope(broken).build(),
                CoreErrorCode.VALUE_BLANK, CommuneTwinningErrorCode.TWINNING_NOT_A_COMMUNE, CoreErrorCode.VALUE_BLANK,
                CoreErrorCode.VALUE_BLANK, CoreErrorCode.VALUE_DUPLICATE, CoreErrorCode.VALUE_BLANK,
                CommuneTwinningErrorCode.TWINNING_PLAN_VILLAGE_OUTSIDE);
        assertRefused(amend(PROVINCE, DRAFTED), CommuneTwinningErrorCode.TWINNING_PLAN_UNKNOWN);
        assertRefused(approve(PROVINCE, PlanApprovalLevel.PROVINCIAL_COMMITTEE, APPROVED), CommuneTwinningErrorCode.TWINNING_PLAN_UNKNOWN);

        ledger.submit(record(PROVINCE));
        assertRefused(record(PROVINCE), CommuneTwinningErrorCode.TWINNING_PLAN_DUPLICATE);
        assertRefused(AmendModelPlan.builder().from(amend(PROVINCE, DRAFTED.minusDays(1))).reasonVi(" ")
                        .scope(ModelPlanScope.builder().from(GOATS).modelId(StandardModels.STARTUP)
                                .addVillageCodes(Participants.PA_RONG).build()).build(),
                CoreErrorCode.VALUE_BLANK, CommuneTwinningErrorCode.TWINNING_PLAN_MODEL_CHANGED,
                CommuneTwinningErrorCode.TWINNING_PLAN_DATE_BEFORE, CommuneTwinningErrorCode.TWINNING_PLAN_VILLAGE_OUTSIDE);
        assertRefused(ApproveModelPlan.builder().from(approve(PROVINCE, PlanApprovalLevel.PROVINCIAL_COMMITTEE,
                DRAFTED.minusDays(1))).decision("").build(), CoreErrorCode.VALUE_BLANK, CommuneTwinningErrorCode.TWINNING_PLAN_DATE_BEFORE);
        assertRefused(ApproveModelPlan.builder().from(approve(PROVINCE, PlanApprovalLevel.PROVINCIAL_COMMITTEE, APPROVED))
                .unitCode(DANG).build(), CommuneTwinningErrorCode.TWINNING_PLAN_UNKNOWN);

        ledger.submit(approve(PROVINCE, PlanApprovalLevel.PROVINCIAL_COMMITTEE, APPROVED));
        assertRefused(approve(PROVINCE, PlanApprovalLevel.PROVINCIAL_COMMITTEE, APPROVED),
                CommuneTwinningErrorCode.TWINNING_PLAN_NOTHING_TO_APPROVE);
    }

    @Test
    void approvingByTheWrongLevel_isRefused() {
        ledger.submit(record(PROVINCE));
        assertRefused(approve(actor(ActorRole.COMMUNE_COMMITTEE, A_XAN), PlanApprovalLevel.DISTRICT_OFFICE, APPROVED),
                LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(approve(actor(ActorRole.DISTRICT_OFFICE, "QNA.TAY-GIANG"), PlanApprovalLevel.PROVINCIAL_COMMITTEE, APPROVED),
                CommuneTwinningErrorCode.TWINNING_PLAN_APPROVER_LEVEL);
        assertRefused(approve(actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"), PlanApprovalLevel.DISTRICT_OFFICE, APPROVED),
                CommuneTwinningErrorCode.TWINNING_PLAN_APPROVER_LEVEL);
        assertRefused(approve(actor(ActorRole.DISTRICT_OFFICE, "QNA.NAM-GIANG"), PlanApprovalLevel.DISTRICT_OFFICE, APPROVED),
                LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertRefused(approve(Actor.forSponsor("s", "Sở Tài chính", "so-tai-chinh"), PlanApprovalLevel.PROVINCIAL_COMMITTEE, APPROVED),
                LedgerErrorCode.LEDGER_PERMISSION_ROLE, LedgerErrorCode.LEDGER_PERMISSION_SPONSOR);
        assertRefused(approve(actor(ActorRole.GROUP_LEADER, A_XAN), PlanApprovalLevel.DISTRICT_OFFICE, APPROVED),
                LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(approve(actor(ActorRole.AUDITOR, A_XAN), PlanApprovalLevel.DISTRICT_OFFICE, APPROVED),
                LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertRefused(approve(actor(ActorRole.PUBLIC, A_XAN), PlanApprovalLevel.DISTRICT_OFFICE, APPROVED),
                LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
    }

    @Test
    void afterTheDistrictsWereAbolished_onlyTheProvinceApproves() {
        LocalDate in2026 = LocalDate.of(2026, 2, 1);
        ledger.submit(RecordModelPlan.builder().from(record(actor(ActorRole.COMMUNE_COMMITTEE, Participants.HUNG_SON)))
                .unitCode(Participants.HUNG_SON).occurredOn(in2026).build());
        ApproveModelPlan byDistrict = ApproveModelPlan.builder().from(approve(PROVINCE, PlanApprovalLevel.DISTRICT_OFFICE, in2026))
                .unitCode(Participants.HUNG_SON).build();
        assertRefused(byDistrict, CommuneTwinningErrorCode.TWINNING_PLAN_NO_DISTRICT);
        assertRefused(ApproveModelPlan.builder().from(byDistrict).actor(actor(ActorRole.DISTRICT_OFFICE, "QNA.TAY-GIANG")).build(),
                LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertThat(ledger.submit(ApproveModelPlan.builder().from(byDistrict).actor(actor(ActorRole.PROVINCIAL_COMMITTEE, "DNG"))
                .level(PlanApprovalLevel.PROVINCIAL_COMMITTEE).build())).hasSize(1);
        assertThat(inForce(Participants.HUNG_SON, in2026)).isPresent();
    }

    @Test
    void recordAndAmend_byTheCommuneTheDistrictTheProvinceAndTheSystem_notByOthers() {
        assertRefused(record(actor(ActorRole.COMMUNE_COMMITTEE, DANG)), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertRefused(record(actor(ActorRole.GROUP_LEADER, A_XAN)), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(record(actor(ActorRole.AUDITOR, A_XAN)), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertRefused(record(actor(ActorRole.PUBLIC, A_XAN)), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertRefused(record(Actor.forSponsor("s", "Sở Tài chính", "so-tai-chinh")), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                LedgerErrorCode.LEDGER_PERMISSION_SPONSOR);
        assertThat(ledger.submit(record(actor(ActorRole.COMMUNE_COMMITTEE, A_XAN)))).hasSize(1);

        assertRefused(amend(actor(ActorRole.GROUP_LEADER, A_XAN), APPROVED), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(amend(actor(ActorRole.PUBLIC, A_XAN), APPROVED), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertRefused(amend(actor(ActorRole.DISTRICT_OFFICE, "QNA.NAM-GIANG"), APPROVED), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertThat(ledger.submit(amend(actor(ActorRole.COMMUNE_COMMITTEE, A_XAN), APPROVED))).hasSize(1);
        assertThat(ledger.submit(amend(actor(ActorRole.DISTRICT_OFFICE, "QNA.TAY-GIANG"), APPROVED))).hasSize(1);
        assertThat(ledger.submit(amend(actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"), APPROVED))).hasSize(1);
        assertThat(ledger.submit(amend(PROVINCE, APPROVED))).hasSize(1);
        assertThat(ledger.submit(approve(PROVINCE, PlanApprovalLevel.DISTRICT_OFFICE, APPROVED))).hasSize(1);
    }
}
