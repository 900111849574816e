package org.ketnghia.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.core.inspection.InspectionFixtures.A_UR;
import static org.ketnghia.core.inspection.InspectionFixtures.A_XAN;
import static org.ketnghia.core.inspection.InspectionFixtures.DEADLINE;
import static org.ketnghia.core.inspection.InspectionFixtures.DISTRICT_BODY;
import static org.ketnghia.core.inspection.InspectionFixtures.FINANCE;
import static org.ketnghia.core.inspection.InspectionFixtures.FINANCE_BODY;
import static org.ketnghia.core.inspection.InspectionFixtures.HUNG_SON;
import static org.ketnghia.core.inspection.InspectionFixtures.NAM_GIANG_DISTRICT;
import static org.ketnghia.core.inspection.InspectionFixtures.TAY_GIANG_DISTRICT;
import static org.ketnghia.core.inspection.InspectionFixtures.VISIT;
import static org.ketnghia.core.inspection.InspectionFixtures.check;
import static org.ketnghia.core.inspection.InspectionFixtures.close;
import static org.ketnghia.core.inspection.InspectionFixtures.confirm;
import static org.ketnghia.core.inspection.InspectionFixtures.recheck;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;

class InspectionFollowUpTest {

    private static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);
    private static final LocalDate IN_2026 = LocalDate.of(2026, 1, 15);

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final Ledger ledger = InspectionFixtures.ledger(store);

    /** Whatever the test recorded, every projection with a snapshot form restores as a full replay folds it. */
    @org.junit.jupiter.api.AfterEach
    void snapshotsRestoreAsAFullReplay() {
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(ledger)).isPositive();
    }

    private <R> R read(java.util.function.Function<InspectionRegistry, R> query) {
        return ledger.read(InspectionRegistry.class, query);
    }

    private void assertRefused(Command command, Object... expectedCodesAndFields) {
        long before = store.size();
        List<TrackedFinding> findingsBefore = read((InspectionRegistry r) -> r.findingsAsOf(IN_2026));
        assertThatThrownBy(() -> ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            List<Object> actual = e.problems().stream().<Object>mapMulti((p, sink) -> {
                sink.accept(p.code());
                sink.accept(p.field());
            }).toList();
            assertThat(actual).as(e.getMessage()).containsExactly(expectedCodesAndFields);
        });
        assertThat(store.size()).as("a refused command appends nothing").isEqualTo(before);
        assertThat(read((InspectionRegistry r) -> r.findingsAsOf(IN_2026))).as("and changes no projection").isEqualTo(findingsBefore);
    }

    @Test
    void anOpenAction_isOverdueAfterItsDeadline_untilClosed() {
        ledger.submit(check(PROVINCE, "KT-1").build());

        assertThat(read((InspectionRegistry r) -> r.openFindings(VISIT))).singleElement().satisfies(finding -> {
            assertThat(finding.unitCode()).isEqualTo(A_UR);
            assertThat(finding.body()).isEqualTo(DISTRICT_BODY);
            assertThat(finding.finding().item()).isEqualTo(ItemRef.of("livestock", "group", "TO-1"));
        });
        assertThat(read((InspectionRegistry r) -> r.openFindings(VISIT.minusDays(1)))).isEmpty();
        assertThat(read((InspectionRegistry r) -> r.overdueActions(DEADLINE))).isEmpty();
        assertThat(read((InspectionRegistry r) -> r.overdueActions(JULY_2024))).singleElement()
                .satisfies(action -> assertThat(action.deadline()).isEqualTo(DEADLINE));

        ledger.submit(close(PROVINCE, "KT-1", "A1", LocalDate.of(2024, 7, 10)).build());

        assertThat(read((InspectionRegistry r) -> r.overdueActions(JULY_2024))).hasSize(1);
        assertThat(read((InspectionRegistry r) -> r.overdueActions(LocalDate.of(2024, 7, 10)))).isEmpty();
        assertThat(read((InspectionRegistry r) -> r.openFindings(LocalDate.of(2024, 7, 10)))).isEmpty();
        assertThat(read((InspectionRegistry r) -> r.action("KT-1", "A1", LocalDate.of(2024, 8, 1)))).hasValueSatisfying(action -> {
            assertThat(action.status()).isEqualTo(ActionStatus.CLOSED);
            assertThat(action.evidenceReference()).hasValue("Báo cáo số 12/BC-UBND của UBND xã A Xan");
        });
    }

    @Test
    void aRecheck_confirmsOrReopensWithANewDeadline_andHistoryIsKept() {
        ledger.submit(check(PROVINCE, "KT-1").build());
        ledger.submit(close(PROVINCE, "KT-1", "A1", LocalDate.of(2024, 6, 1)).build());
        ledger.submit(recheck(PROVINCE, "PT-1", "KT-1", LocalDate.of(2024, 8, 1)));
        LocalDate newDeadline = LocalDate.of(2024, 9, 30);
        ledger.submit(confirm(PROVINCE, "PT-1", LocalDate.of(2024, 8, 1)).outcome(RecheckOutcome.REOPENED)
                .newDeadline(newDeadline).reasonVi("Còn 2 con chưa tiêm").build());

        assertThat(read((InspectionRegistry r) -> r.action("KT-1", "A1", LocalDate.of(2024, 7, 1)))).hasValueSatisfying(
                action -> assertThat(action.status()).isEqualTo(ActionStatus.CLOSED));
        assertThat(read((InspectionRegistry r) -> r.action("KT-1", "A1", LocalDate.of(2024, 8, 1)))).hasValueSatisfying(action -> {
            assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
            assertThat(action.deadline()).isEqualTo(newDeadline);
        });
        assertThat(read((InspectionRegistry r) -> r.overdueActions(newDeadline))).isEmpty();
        assertThat(read((InspectionRegistry r) -> r.overdueActions(newDeadline.plusDays(1)))).hasSize(1);

        ledger.submit(close(PROVINCE, "KT-1", "A1", LocalDate.of(2024, 9, 20)).build());
        ledger.submit(recheck(PROVINCE, "PT-2", "KT-1", LocalDate.of(2024, 10, 5)));
        ledger.submit(confirm(PROVINCE, "PT-2", LocalDate.of(2024, 10, 5)).build());

        assertThat(read((InspectionRegistry r) -> r.latestAction("KT-1", "A1"))).hasValueSatisfying(action -> {
            assertThat(action.status()).isEqualTo(ActionStatus.CONFIRMED);
            assertThat(action.closedOn()).hasValue(LocalDate.of(2024, 9, 20));
        });
        List<TrackedFinding> before = read((InspectionRegistry r) -> r.findingsAsOf(IN_2026));
        ledger.rebuildProjections();
        assertThat(read((InspectionRegistry r) -> r.findingsAsOf(IN_2026))).isEqualTo(before);
    }

    @Test
    void perUnit_rollsUpThroughTheUnitsOfTheDate_andPerBody() {
        ledger.submit(check(PROVINCE, "KT-1").build());
        ledger.submit(check(PROVINCE, "KT-2").body(FINANCE_BODY).build());

        assertThat(read((InspectionRegistry r) -> r.openFindingsWithin(TAY_GIANG_DISTRICT, JULY_2024, ledger.administrativeUnits()))).hasSize(2);
        assertThat(read((InspectionRegistry r) -> r.overdueActionsWithin(A_XAN, JULY_2024, ledger.administrativeUnits()))).hasSize(2);
        assertThat(read((InspectionRegistry r) -> r.overdueActionsWithin(NAM_GIANG_DISTRICT, JULY_2024, ledger.administrativeUnits()))).isEmpty();
        // A Ur moved to Hùng Sơn on 1 July 2025
        assertThat(read((InspectionRegistry r) -> r.openFindingsWithin(HUNG_SON, IN_2026, ledger.administrativeUnits()))).hasSize(2);
        assertThat(read((InspectionRegistry r) -> r.openFindingsWithin("DNG.TAY-GIANG", IN_2026, ledger.administrativeUnits()))).isEmpty();
        assertThat(read((InspectionRegistry r) -> r.overdueActionsBy(InspectingBodyKind.SPONSOR, FINANCE, JULY_2024)))
                .singleElement().satisfies(action -> assertThat(action.inspectionId()).isEqualTo("KT-2"));
        assertThat(read((InspectionRegistry r) -> r.openFindingsBy(InspectingBodyKind.DISTRICT_OFFICE, TAY_GIANG_DISTRICT, JULY_2024)))
                .singleElement().satisfies(finding -> assertThat(finding.inspectionId()).isEqualTo("KT-1"));
    }

    @Test
    void aFindingWithoutAction_isARemark_neverOpen() {
        ledger.submit(check(PROVINCE, "KT-1").actions(List.of()).build());

        assertThat(read((InspectionRegistry r) -> r.findingsAsOf(JULY_2024))).hasSize(1);
        assertThat(read((InspectionRegistry r) -> r.openFindings(JULY_2024))).isEmpty();
    }

    @Test
    void aBrokenRecord_isRefusedWithEveryReason() {
        Finding unknownUnit = Finding.builder().from(InspectionFixtures.goatGroupFinding()).id("F2").unitCode("QNA.NOWHERE").build();
        Finding outside = Finding.builder().from(InspectionFixtures.goatGroupFinding()).id("F3")
                .unitCode("QNA.TAY-GIANG.DANG").build();
        RequiredAction noDeadline = RequiredAction.builder().id("A2").findingId("F9").descriptionVi("Bổ sung hồ sơ")
                .responsible("UBND xã").build();
        RequiredAction early = RequiredAction.builder().from(InspectionFixtures.vaccinate()).id("A1")
                .deadline(VISIT.minusDays(1)).build();
        assertRefused(check(PROVINCE, " ").kind(InspectionKind.MONITORING_VISIT).recheckOf("KT-0")
                        .body(InspectingBody.of(InspectingBodyKind.DISTRICT_OFFICE, NAM_GIANG_DISTRICT, "Phòng Dân tộc Nam Giang"))
                        .addFindings(unknownUnit, outside).actions(List.of(noDeadline, early, early)).build(),
                CoreErrorCode.VALUE_BLANK, "inspectionId",
                InspectionErrorCode.INSPECTION_RECHECK_OF_NOT_APPLICABLE, "recheckOf",
                InspectionErrorCode.INSPECTION_BODY_NOT_OVER_UNIT, "body.id",
                InspectionErrorCode.INSPECTION_UNKNOWN_UNIT, "findings[1].unitCode",
                InspectionErrorCode.INSPECTION_FINDING_OUTSIDE_UNIT, "findings[2].unitCode",
                InspectionErrorCode.INSPECTION_UNKNOWN_FINDING, "actions[0].findingId",
                InspectionErrorCode.INSPECTION_ACTION_WITHOUT_DEADLINE, "actions[0].deadline",
                InspectionErrorCode.INSPECTION_DEADLINE_BEFORE_DATE, "actions[1].deadline",
                CoreErrorCode.VALUE_DUPLICATE, "actions[2].id",
                InspectionErrorCode.INSPECTION_DEADLINE_BEFORE_DATE, "actions[2].deadline");
        assertRefused(check(PROVINCE, "KT-9").body(InspectingBody.of(InspectingBodyKind.SPONSOR, "so-khong-co", "?")).build(),
                InspectionErrorCode.INSPECTION_UNKNOWN_SPONSOR, "body.id");
        assertRefused(recheck(PROVINCE, "PT-1", "KT-0", VISIT), InspectionErrorCode.INSPECTION_UNKNOWN, "recheckOf");
        assertRefused(RecordInspection.builder().from(recheck(PROVINCE, "PT-1", "KT-0", VISIT)).recheckOf(java.util.Optional.empty())
                .build(), InspectionErrorCode.INSPECTION_RECHECK_WITHOUT_ORIGINAL, "recheckOf");

        ledger.submit(check(PROVINCE, "KT-1").build());
        assertRefused(check(PROVINCE, "KT-1").build(), InspectionErrorCode.INSPECTION_DUPLICATE, "inspectionId");
        assertRefused(recheck(PROVINCE, "PT-1", "KT-1", VISIT.minusDays(1)),
                InspectionErrorCode.INSPECTION_RECHECK_BEFORE_ORIGINAL, "recheckOf");
    }

    @Test
    void closingWrongly_isRefused_andClosingTwiceToo() {
        ledger.submit(check(PROVINCE, "KT-1").build());
        assertRefused(close(PROVINCE, "KT-0", "A1", JULY_2024).build(), InspectionErrorCode.INSPECTION_UNKNOWN, "inspectionId");
        assertRefused(close(PROVINCE, "KT-1", "A9", JULY_2024).evidenceReference(" ").build(),
                CoreErrorCode.VALUE_BLANK, "evidenceReference", InspectionErrorCode.INSPECTION_UNKNOWN_ACTION, "actionId");
        assertRefused(close(PROVINCE, "KT-1", "A1", VISIT.minusDays(1)).build(),
                InspectionErrorCode.INSPECTION_CLOSED_BEFORE, "occurredOn");
        assertRefused(close(PROVINCE, "KT-1", "A1", JULY_2024).unitCode("QNA.TAY-GIANG.DANG").build(),
                InspectionErrorCode.INSPECTION_UNIT_MISMATCH, "unitCode");

        ledger.submit(close(PROVINCE, "KT-1", "A1", JULY_2024).build());
        assertRefused(close(PROVINCE, "KT-1", "A1", JULY_2024.plusDays(3)).build(),
                InspectionErrorCode.INSPECTION_ACTION_ALREADY_CLOSED, "actionId");
    }

    @Test
    void reviewingWrongly_isRefusedWithEveryReason() {
        ledger.submit(check(PROVINCE, "KT-1").build());
        ledger.submit(check(PROVINCE, "KT-2").build());
        ledger.submit(recheck(PROVINCE, "PT-1", "KT-1", LocalDate.of(2024, 5, 1)));
        // the action is still open, KT-2 is no re-check, and a confirmation sets no deadline
        assertRefused(confirm(PROVINCE, "KT-2", JULY_2024).newDeadline(DEADLINE).build(),
                InspectionErrorCode.INSPECTION_CONFIRM_WITH_DEADLINE, "newDeadline",
                InspectionErrorCode.INSPECTION_NOT_A_RECHECK, "recheckInspectionId",
                InspectionErrorCode.INSPECTION_ACTION_NOT_CLOSED, "actionId");

        ledger.submit(close(PROVINCE, "KT-1", "A1", LocalDate.of(2024, 6, 1)).build());
        // PT-1 was made before the closure; a reopening needs a deadline and a reason
        assertRefused(confirm(PROVINCE, "PT-1", JULY_2024).outcome(RecheckOutcome.REOPENED).build(),
                InspectionErrorCode.INSPECTION_REOPEN_WITHOUT_DEADLINE, "newDeadline",
                InspectionErrorCode.INSPECTION_CLOSED_BEFORE, "recheckInspectionId");
        ledger.submit(recheck(PROVINCE, "PT-2", "KT-1", JULY_2024));
        assertRefused(confirm(PROVINCE, "PT-2", JULY_2024).outcome(RecheckOutcome.REOPENED).reasonVi("Chưa xong")
                        .newDeadline(JULY_2024.minusDays(1)).recheckInspectionId("PT-9").build(),
                InspectionErrorCode.INSPECTION_DEADLINE_BEFORE_DATE, "newDeadline",
                InspectionErrorCode.INSPECTION_UNKNOWN, "recheckInspectionId");

        ledger.submit(confirm(PROVINCE, "PT-2", JULY_2024).build());
        assertRefused(confirm(PROVINCE, "PT-2", JULY_2024).build(), InspectionErrorCode.INSPECTION_ACTION_NOT_CLOSED, "actionId");
        assertRefused(close(PROVINCE, "KT-1", "A1", JULY_2024).build(), InspectionErrorCode.INSPECTION_ACTION_ALREADY_CLOSED,
                "actionId");
    }

    @Test
    void problemsNameTheirFields() {
        Problem problem = Problem.of(InspectionErrorCode.INSPECTION_ACTION_WITHOUT_DEADLINE, "actions[0].deadline", "A2");
        assertThat(problem.messageVi()).isEqualTo("Yêu cầu khắc phục \"A2\" phải có thời hạn.");
        assertThat(List.of(problem)).extracting(Problem::code, Problem::field)
                .containsExactly(tuple(InspectionErrorCode.INSPECTION_ACTION_WITHOUT_DEADLINE, "actions[0].deadline"));
    }
}
