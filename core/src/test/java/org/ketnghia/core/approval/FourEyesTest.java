package org.ketnghia.core.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.core.approval.ApprovalFixtures.ACCOUNTANT;
import static org.ketnghia.core.approval.ApprovalFixtures.A_NONG;
import static org.ketnghia.core.approval.ApprovalFixtures.A_XAN;
import static org.ketnghia.core.approval.ApprovalFixtures.CHAIRMAN;
import static org.ketnghia.core.approval.ApprovalFixtures.EXPIRY;
import static org.ketnghia.core.approval.ApprovalFixtures.POLICY;
import static org.ketnghia.core.approval.ApprovalFixtures.approve;
import static org.ketnghia.core.approval.ApprovalFixtures.balance;
import static org.ketnghia.core.approval.ApprovalFixtures.correction;
import static org.ketnghia.core.approval.ApprovalFixtures.expenditure;
import static org.ketnghia.core.approval.ApprovalFixtures.expenditures;
import static org.ketnghia.core.approval.ApprovalFixtures.reject;
import static org.ketnghia.core.approval.ApprovalFixtures.requestIdOf;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.CorrectPovertyStatus;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.PovertyStatus;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

/** Maker-checker: a command under the policy waits for a second, authorised person. */
class FourEyesTest {

    private static final LocalDate TODAY = LocalDate.ofInstant(Fixtures.CLOCK.instant(), Fixtures.CLOCK.getZone());

    private final ApprovalFixtures.MovableClock clock = new ApprovalFixtures.MovableClock(Fixtures.CLOCK.instant());
    private final KetnghiaRuntime runtime = given(ApprovalFixtures.runtime(POLICY, clock));

    private static KetnghiaRuntime given(KetnghiaRuntime runtime) {
        ApprovalFixtures.given(runtime);
        return runtime;
    }

    private void assertRefused(Command command, Enum<?> expected) {
        long before = runtime.ledger().lastSequence();
        assertThatThrownBy(() -> runtime.ledger().submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code).as(e.getMessage()).contains((org.ketnghia.core.error.ErrorCode) expected));
        assertThat(runtime.ledger().lastSequence()).as("a refused command appends nothing").isEqualTo(before);
    }

    private List<ApprovalRequest> pending(LocalDate asOf) {
        return runtime.ledger().read(ApprovalRegister.class, register -> register.pending(asOf));
    }

    private List<ApprovalRequest> expired(LocalDate asOf) {
        return runtime.ledger().read(ApprovalRegister.class, register -> register.expired(asOf));
    }

    private PovertyStatus status2024(KetnghiaRuntime of) {
        return of.ledger().read(ParticipantRegistry.class, registry -> registry.povertyStatusByYear("HN-001")).get(2024);
    }

    @Test
    void expenditureAboveTheThreshold_isRecordedPending_andChangesNoProjection() {
        Money before = balance(runtime);

        List<EventEnvelope> recorded = runtime.ledger().submit(expenditure("chi-1", 60));

        assertThat(recorded).hasSize(1);
        ApprovalRequested requested = recorded.get(0).payloadAs(ApprovalRequested.class).orElseThrow();
        assertThat(requested.command()).isEqualTo(expenditure("chi-1", 60));
        assertThat(requested.expiresOn()).isEqualTo(TODAY.plusDays(ApprovalRule.DEFAULT_EXPIRY_DAYS));
        assertThat(requested.ruleVi()).contains("trên 50 triệu đồng");
        assertThat(recorded.get(0).actor()).isEqualTo(ACCOUNTANT);
        assertThat(expenditures(runtime)).isEmpty();
        assertThat(balance(runtime)).isEqualTo(before);
        List<ApprovalRequest> pending = pending(TODAY);
        assertThat(pending).extracting(ApprovalRequest::requestId).containsExactly(requested.requestId());
        assertThat(pending.get(0).maker()).isEqualTo(ACCOUNTANT);
    }

    @Test
    void expenditureAtOrBelowTheThreshold_appliesDirectly() {
        runtime.ledger().submit(expenditure("chi-1", 50));
        runtime.ledger().submit(expenditure("chi-2", 10));

        assertThat(expenditures(runtime)).hasSize(2);
        assertThat(runtime.ledger().read(ApprovalRegister.class, ApprovalRegister::requests)).isEmpty();
    }

    @Test
    void invalidCommand_isRefusedAtSubmission_notRecordedPending() {
        assertRefused(expenditure("chi-1", 160), FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);
        assertThat(runtime.ledger().read(ApprovalRegister.class, ApprovalRegister::requests)).isEmpty();
    }

    @Test
    void approvalByTheMaker_isRefused() {
        String requestId = requestIdOf(runtime.ledger().submit(expenditure("chi-1", 60)));

        assertRefused(approve(ACCOUNTANT, requestId), ApprovalErrorCode.APPROVAL_BY_MAKER);
        assertThat(expenditures(runtime)).isEmpty();
    }

    @Test
    void approvalByARoleTheCommandDoesNotPermit_isRefused() {
        String requestId = requestIdOf(runtime.ledger().submit(expenditure("chi-1", 60)));

        assertRefused(approve(Fixtures.actor(ActorRole.GROUP_LEADER, A_XAN), requestId), ApprovalErrorCode.APPROVAL_NOT_AUTHORISED);
        assertRefused(approve(Fixtures.actor(ActorRole.GROUP_LEADER, A_XAN), requestId), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(approve(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_NONG), requestId), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertThat(expenditures(runtime)).isEmpty();
    }

    @Test
    void approvalByASecondAuthorisedPerson_changesTheProjectionsExactlyAsADirectSubmit() {
        KetnghiaRuntime direct = given(ApprovalFixtures.runtime(ApprovalPolicy.none(), Fixtures.CLOCK));
        direct.ledger().submit(expenditure("chi-1", 60));
        direct.ledger().submit(correction());

        String spending = requestIdOf(runtime.ledger().submit(expenditure("chi-1", 60)));
        String correcting = requestIdOf(runtime.ledger().submit(correction()));
        assertThat(status2024(runtime).category()).isEqualTo(PovertyCategory.POOR);
        List<EventEnvelope> approved = runtime.ledger().submit(ApproveRequest.builder().from(approve(CHAIRMAN, spending)).note("Đúng dự toán").build());
        runtime.ledger().submit(approve(CHAIRMAN, correcting));

        assertThat(approved).extracting(EventEnvelope::typeId).containsExactly(ApprovalGranted.TYPE, "funding.expenditure-recorded");
        assertThat(expenditures(runtime)).isEqualTo(expenditures(direct));
        assertThat(balance(runtime)).isEqualTo(balance(direct)).isEqualTo(Money.ofMillions(40));
        assertThat(status2024(runtime).category()).isEqualTo(status2024(direct).category()).isEqualTo(PovertyCategory.NEAR_POOR);
        assertThat(status2024(runtime).correctionReason()).isEqualTo(status2024(direct).correctionReason());
        ApprovalRequest decided = runtime.ledger().read(ApprovalRegister.class, register -> register.request(spending)).orElseThrow();
        assertThat(decided.statusAsOf(TODAY)).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(decided.decision().orElseThrow().by()).isEqualTo(CHAIRMAN);
        assertThat(decided.decision().orElseThrow().remark()).contains("Đúng dự toán");
        assertThat(pending(TODAY)).isEmpty();

        assertRefused(approve(Fixtures.actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"), spending), ApprovalErrorCode.APPROVAL_ALREADY_DECIDED);
        runtime.ledger().rebuildProjections();
        assertThat(expenditures(runtime)).isEqualTo(expenditures(direct));
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @Test
    void approvalOfACommandNoLongerValid_isRefusedWithTheCommandsProblems() {
        String first = requestIdOf(runtime.ledger().submit(expenditure("chi-1", 60)));
        String second = requestIdOf(runtime.ledger().submit(expenditure("chi-2", 70)));
        runtime.ledger().submit(approve(CHAIRMAN, first));

        long before = runtime.ledger().lastSequence();
        assertThatThrownBy(() -> runtime.ledger().submit(approve(CHAIRMAN, second))).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).anySatisfy(problem -> {
                    assertThat(problem.code()).isEqualTo(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);
                    assertThat(problem.field()).startsWith("command.");
                }));
        assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
        assertThat(expenditures(runtime)).extracting(e -> e.expenditureId()).containsExactly("chi-1");
    }

    @Test
    void approvalReRunsTheMakersPermission_refusingWhenTheMakerHasSinceLostIt() {
        java.util.Set<String> revoked = new java.util.HashSet<>();
        org.ketnghia.core.ledger.DefaultPermissionPolicy defaults = new org.ketnghia.core.ledger.DefaultPermissionPolicy();
        KetnghiaRuntime revoking = given(KetnghiaRuntime.builder().administrativeUnits(org.ketnghia.testing.Participants.units())
                .clock(Fixtures.CLOCK).approvalPolicy(POLICY)
                .permissionPolicy(request -> revoked.contains(request.actor().id())
                        ? List.of(Problem.of(LedgerErrorCode.LEDGER_PERMISSION_ROLE, "actor.role", request.actor().role(), "*"))
                        : defaults.refusals(request))
                .build());
        String requestId = requestIdOf(revoking.ledger().submit(expenditure("chi-1", 60)));
        revoked.add(ACCOUNTANT.id());

        long before = revoking.ledger().lastSequence();
        assertThatThrownBy(() -> revoking.ledger().submit(approve(CHAIRMAN, requestId))).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code, Problem::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(LedgerErrorCode.LEDGER_PERMISSION_ROLE, "command.actor.role")));
        assertThat(revoking.ledger().lastSequence()).isEqualTo(before);
        assertThat(expenditures(revoking)).isEmpty();
    }

    @Test
    void rejection_changesNothing_andClosesTheRequest() {
        Money before = balance(runtime);
        String requestId = requestIdOf(runtime.ledger().submit(expenditure("chi-1", 60)));

        List<EventEnvelope> rejected = runtime.ledger().submit(reject(CHAIRMAN, requestId));

        assertThat(rejected).extracting(EventEnvelope::typeId).containsExactly(ApprovalRejected.TYPE);
        assertThat(expenditures(runtime)).isEmpty();
        assertThat(balance(runtime)).isEqualTo(before);
        assertThat(runtime.ledger().read(ApprovalRegister.class, register -> register.request(requestId)).orElseThrow()
                .statusAsOf(TODAY)).isEqualTo(ApprovalStatus.REJECTED);
        assertRefused(approve(Fixtures.actor(ActorRole.DISTRICT_OFFICE, "QNA.TAY-GIANG"), requestId),
                ApprovalErrorCode.APPROVAL_ALREADY_DECIDED);
    }

    @Test
    void theMaker_mayWithdrawTheirRequest_butAStranger_mayNotReject() {
        String requestId = requestIdOf(runtime.ledger().submit(expenditure("chi-1", 60)));

        assertRefused(reject(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_NONG), requestId), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertRefused(RejectRequest.builder().from(reject(CHAIRMAN, requestId)).reason(" ").build(),
                org.ketnghia.core.error.CoreErrorCode.VALUE_BLANK);
        runtime.ledger().submit(reject(ACCOUNTANT, requestId));

        assertThat(runtime.ledger().read(ApprovalRegister.class, register -> register.request(requestId)).orElseThrow()
                .decision().orElseThrow().by()).isEqualTo(ACCOUNTANT);
        assertThat(expenditures(runtime)).isEmpty();
    }

    @Test
    void expiredRequest_changesNothing_andIsListedAsExpired() {
        String requestId = requestIdOf(runtime.ledger().submit(correction()));
        LocalDate lastDay = TODAY.plus(EXPIRY);
        assertThat(pending(lastDay)).hasSize(1);

        clock.advance(EXPIRY.plusDays(1));

        assertRefused(approve(CHAIRMAN, requestId), ApprovalErrorCode.APPROVAL_EXPIRED);
        assertRefused(reject(CHAIRMAN, requestId), ApprovalErrorCode.APPROVAL_EXPIRED);
        assertThat(status2024(runtime).category()).isEqualTo(PovertyCategory.POOR);
        LocalDate after = lastDay.plusDays(1);
        assertThat(pending(after)).isEmpty();
        assertThat(expired(after))
                .extracting(ApprovalRequest::requestId).containsExactly(requestId);
    }

    @Test
    void pendingRequests_areListedPerUnitAndCommandType_oldestFirst() {
        String spending = requestIdOf(runtime.ledger().submit(expenditure("chi-1", 60)));
        String correcting = requestIdOf(runtime.ledger().submit(correction()));
        String spendingMore = requestIdOf(runtime.ledger().submit(expenditure("chi-2", 55)));

        var units = runtime.administrativeUnits();
        Map<String, List<String>> lists = runtime.ledger().read(ApprovalRegister.class, register -> Map.of(
                "all", ids(register.pending(TODAY)),
                "expenditures", ids(register.pendingOf(RecordExpenditure.class, TODAY)),
                "corrections", ids(register.pendingOf(CorrectPovertyStatus.TYPE, TODAY)),
                "district", ids(register.pendingWithin("QNA.TAY-GIANG", IN_2024(), units)),
                "other commune", ids(register.pendingWithin(A_NONG, IN_2024(), units))));

        assertThat(lists.get("all")).containsExactly(spending, correcting, spendingMore);
        assertThat(lists.get("expenditures")).containsExactly(spending, spendingMore);
        assertThat(lists.get("corrections")).containsExactly(correcting);
        assertThat(lists.get("district")).containsExactly(spending, correcting, spendingMore);
        assertThat(lists.get("other commune")).isEmpty();
    }

    private static LocalDate IN_2024() {
        return ApprovalFixtures.IN_2024;
    }

    private static List<String> ids(List<ApprovalRequest> requests) {
        return requests.stream().map(ApprovalRequest::requestId).toList();
    }

    @Test
    void unknownRequest_isRefused() {
        assertRefused(approve(CHAIRMAN, "approval-999"), ApprovalErrorCode.APPROVAL_UNKNOWN_REQUEST);
    }

    @Test
    void decisionRecordedForAnotherUnit_isRefused() {
        String requestId = requestIdOf(runtime.ledger().submit(expenditure("chi-1", 60)));
        Actor district = Fixtures.actor(ActorRole.DISTRICT_OFFICE, "QNA.TAY-GIANG");
        assertRefused(ApproveRequest.builder().from(approve(district, requestId)).unitCode("QNA.TAY-GIANG").build(),
                ApprovalErrorCode.APPROVAL_UNIT_MISMATCH);
    }

    @Test
    void requestRecordedForAProgramme_isDecidedInThatProgrammeOnly() {
        String requestId = requestIdOf(runtime.ledger().forProgramme("quang-nam-2021").submit(expenditure("chi-1", 60)));

        assertRefused(approve(CHAIRMAN, requestId), ApprovalErrorCode.APPROVAL_PROGRAMME_MISMATCH);
        List<EventEnvelope> approved = runtime.ledger().forProgramme("quang-nam-2021").submit(approve(CHAIRMAN, requestId));
        assertThat(approved).allSatisfy(event -> assertThat(event.programmeId()).contains("quang-nam-2021"));
    }
}
