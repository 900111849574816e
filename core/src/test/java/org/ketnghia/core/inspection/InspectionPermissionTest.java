package org.ketnghia.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.core.inspection.InspectionFixtures.A_XAN;
import static org.ketnghia.core.inspection.InspectionFixtures.DANG;
import static org.ketnghia.core.inspection.InspectionFixtures.FINANCE;
import static org.ketnghia.core.inspection.InspectionFixtures.FINANCE_BODY;
import static org.ketnghia.core.inspection.InspectionFixtures.HEALTH;
import static org.ketnghia.core.inspection.InspectionFixtures.NAM_GIANG_DISTRICT;
import static org.ketnghia.core.inspection.InspectionFixtures.PROVINCE_BODY;
import static org.ketnghia.core.inspection.InspectionFixtures.QUANG_NAM;
import static org.ketnghia.core.inspection.InspectionFixtures.TAY_GIANG_DISTRICT;
import static org.ketnghia.core.inspection.InspectionFixtures.check;
import static org.ketnghia.core.inspection.InspectionFixtures.close;
import static org.ketnghia.core.inspection.InspectionFixtures.confirm;
import static org.ketnghia.core.inspection.InspectionFixtures.recheck;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.actor;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerErrorCode;

/** Who may record each inspection command, role by role. */
class InspectionPermissionTest {

    private static final LocalDate CLOSED_ON = LocalDate.of(2024, 6, 1);
    private static final LocalDate RECHECKED_ON = LocalDate.of(2024, 7, 1);
    private static final Actor FINANCE_ACTOR = Actor.forSponsor("can-bo@so-tai-chinh", "Sở Tài chính", FINANCE);
    private static final Actor HEALTH_ACTOR = Actor.forSponsor("can-bo@so-y-te", "Sở Y tế", HEALTH);

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final Ledger ledger = InspectionFixtures.ledger(store);

    private void assertRefused(Command command, ErrorCode expected) {
        long before = store.size();
        assertThatThrownBy(() -> ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.has(expected)).as(e.getMessage()).isTrue());
        assertThat(store.size()).as("a refused command appends nothing").isEqualTo(before);
    }

    private void assertRecorded(Command command) {
        assertThat(ledger.submit(command)).hasSize(1);
    }

    @Test
    void recordInspection_byTheSystemTheProvinceTheDistrictWithinItsScopeAndASponsorForItself() {
        assertRecorded(check(PROVINCE, "KT-1").build());
        assertRecorded(check(actor(ActorRole.PROVINCIAL_COMMITTEE, QUANG_NAM), "KT-2").body(PROVINCE_BODY).build());
        assertRecorded(check(actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG_DISTRICT), "KT-3").build());
        assertRecorded(check(FINANCE_ACTOR, "KT-4").body(FINANCE_BODY).build());

        assertRefused(check(actor(ActorRole.DISTRICT_OFFICE, NAM_GIANG_DISTRICT), "KT-5").build(),
                LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertRefused(check(actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG_DISTRICT), "KT-5").body(PROVINCE_BODY).build(),
                InspectionErrorCode.INSPECTION_BODY_NOT_ACTOR);
        assertRefused(check(actor(ActorRole.PROVINCIAL_COMMITTEE, QUANG_NAM), "KT-5").build(),
                InspectionErrorCode.INSPECTION_BODY_NOT_ACTOR);
        assertRefused(check(HEALTH_ACTOR, "KT-5").body(FINANCE_BODY).build(), LedgerErrorCode.LEDGER_PERMISSION_SPONSOR);
        assertRefused(check(FINANCE_ACTOR, "KT-5").build(), LedgerErrorCode.LEDGER_PERMISSION_SPONSOR);
    }

    @Test
    void recordInspection_notByTheCommuneInspectedAGroupLeaderAnAuditorOrThePublic() {
        assertRefused(check(actor(ActorRole.COMMUNE_COMMITTEE, A_XAN), "KT-1").build(), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(check(actor(ActorRole.GROUP_LEADER, A_XAN), "KT-1").build(), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(check(actor(ActorRole.AUDITOR, A_XAN), "KT-1").build(), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertRefused(check(actor(ActorRole.PUBLIC, A_XAN), "KT-1").build(), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
    }

    @Test
    void closeAction_byEveryRecordingLevelWithinItsScope_andByTheInspectingSponsorOnly() {
        ledger.submit(check(PROVINCE, "KT-1").addFindings(Finding.builder().from(InspectionFixtures.goatGroupFinding()).id("F2")
                .build()).addActions(RequiredAction.builder().from(InspectionFixtures.vaccinate()).id("A2").findingId("F2").build(),
                RequiredAction.builder().from(InspectionFixtures.vaccinate()).id("A3").findingId("F2").build(),
                RequiredAction.builder().from(InspectionFixtures.vaccinate()).id("A4").findingId("F2").build()).build());
        ledger.submit(check(PROVINCE, "KT-S").body(FINANCE_BODY).build());

        assertRecorded(close(actor(ActorRole.COMMUNE_COMMITTEE, A_XAN), "KT-1", "A1", CLOSED_ON).build());
        assertRecorded(close(actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG_DISTRICT), "KT-1", "A2", CLOSED_ON).build());
        assertRecorded(close(actor(ActorRole.PROVINCIAL_COMMITTEE, QUANG_NAM), "KT-1", "A3", CLOSED_ON).build());
        assertRecorded(close(PROVINCE, "KT-1", "A4", CLOSED_ON).build());
        assertRecorded(close(FINANCE_ACTOR, "KT-S", "A1", CLOSED_ON).sponsorId(FINANCE).build());
    }

    @Test
    void closeAction_refusedOutsideScope_forAnotherSponsor_aGroupLeader_anAuditorAndThePublic() {
        ledger.submit(check(PROVINCE, "KT-1").build());

        assertRefused(close(actor(ActorRole.COMMUNE_COMMITTEE, DANG), "KT-1", "A1", CLOSED_ON).build(),
                LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertRefused(close(actor(ActorRole.COMMUNE_COMMITTEE, DANG), "KT-1", "A1", CLOSED_ON).unitCode(DANG).build(),
                InspectionErrorCode.INSPECTION_UNIT_MISMATCH);
        assertRefused(close(FINANCE_ACTOR, "KT-1", "A1", CLOSED_ON).sponsorId(FINANCE).build(),
                InspectionErrorCode.INSPECTION_NOT_INSPECTING_SPONSOR);
        assertRefused(close(FINANCE_ACTOR, "KT-1", "A1", CLOSED_ON).build(), LedgerErrorCode.LEDGER_PERMISSION_SPONSOR);
        assertRefused(close(actor(ActorRole.GROUP_LEADER, A_XAN), "KT-1", "A1", CLOSED_ON).build(),
                LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(close(actor(ActorRole.AUDITOR, A_XAN), "KT-1", "A1", CLOSED_ON).build(),
                LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertRefused(close(actor(ActorRole.PUBLIC, A_XAN), "KT-1", "A1", CLOSED_ON).build(),
                LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
    }

    @Test
    void reviewClosure_byTheInspectingLevels_neverByTheCommuneWhoseClosureIsReviewed() {
        ledger.submit(check(PROVINCE, "KT-1").build());
        ledger.submit(close(PROVINCE, "KT-1", "A1", CLOSED_ON).build());
        ledger.submit(recheck(PROVINCE, "PT-1", "KT-1", RECHECKED_ON));
        ledger.submit(RecordInspection.builder().from(recheck(PROVINCE, "PT-S", "KT-1", RECHECKED_ON)).body(FINANCE_BODY).build());

        assertRefused(confirm(actor(ActorRole.COMMUNE_COMMITTEE, A_XAN), "PT-1", RECHECKED_ON).build(),
                LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(confirm(actor(ActorRole.GROUP_LEADER, A_XAN), "PT-1", RECHECKED_ON).build(),
                LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(confirm(actor(ActorRole.AUDITOR, A_XAN), "PT-1", RECHECKED_ON).build(),
                LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertRefused(confirm(actor(ActorRole.PUBLIC, A_XAN), "PT-1", RECHECKED_ON).build(),
                LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertRefused(confirm(actor(ActorRole.DISTRICT_OFFICE, NAM_GIANG_DISTRICT), "PT-1", RECHECKED_ON).build(),
                LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertRefused(confirm(HEALTH_ACTOR, "PT-S", RECHECKED_ON).sponsorId(HEALTH).build(),
                InspectionErrorCode.INSPECTION_NOT_INSPECTING_SPONSOR);

        assertRecorded(confirm(FINANCE_ACTOR, "PT-S", RECHECKED_ON).sponsorId(FINANCE).outcome(RecheckOutcome.REOPENED)
                .newDeadline(RECHECKED_ON.plusMonths(1)).reasonVi("Chưa đủ").build());
        assertRecorded(close(PROVINCE, "KT-1", "A1", RECHECKED_ON).build());
        assertRecorded(confirm(actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG_DISTRICT), "PT-1", RECHECKED_ON)
                .outcome(RecheckOutcome.REOPENED).newDeadline(RECHECKED_ON.plusMonths(1)).reasonVi("Chưa đủ").build());
        assertRecorded(close(PROVINCE, "KT-1", "A1", RECHECKED_ON).build());
        assertRecorded(confirm(actor(ActorRole.PROVINCIAL_COMMITTEE, QUANG_NAM), "PT-1", RECHECKED_ON)
                .outcome(RecheckOutcome.REOPENED).newDeadline(RECHECKED_ON.plusMonths(1)).reasonVi("Chưa đủ").build());
        assertRecorded(close(PROVINCE, "KT-1", "A1", RECHECKED_ON).build());
        assertRecorded(confirm(PROVINCE, "PT-1", RECHECKED_ON).build());
    }
}
