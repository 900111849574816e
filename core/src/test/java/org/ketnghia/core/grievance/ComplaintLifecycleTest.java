package org.ketnghia.core.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.grievance.GrievanceFixtures.A_XAN;
import static org.ketnghia.core.grievance.GrievanceFixtures.COMPLAINT_ID;
import static org.ketnghia.core.grievance.GrievanceFixtures.POSTING_ID;
import static org.ketnghia.core.grievance.GrievanceFixtures.PROGRAMME_ID;
import static org.ketnghia.core.grievance.GrievanceFixtures.RECEIVED_ON;
import static org.ketnghia.core.grievance.GrievanceFixtures.SYSTEM;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * A complaint about A Xan's posted list from receipt to closure (<i>tiếp nhận, giao, trả lời, kết thúc</i>), with its
 * deadlines from programme data, the officials' queries (open, overdue, per commune and list) and replay.
 */
class ComplaintLifecycleTest {

    private final KetnghiaRuntime runtime = GrievanceFixtures.runtime();
    private final Ledger ledger = runtime.ledger();

    /** Whatever the test recorded, every projection with a snapshot form restores as a full replay folds it. */
    @org.junit.jupiter.api.AfterEach
    void snapshotsRestoreAsAFullReplay() {
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }
    private final AdministrativeRegistry units = runtime.administrativeUnits();

    @BeforeEach
    void postTheList() {
        GrievanceFixtures.background(ledger);
        ledger.submit(GrievanceFixtures.posting(SYSTEM).build());
    }

    @Test
    void posting_recordsWhereAndFromWhenToWhen() {
        Posting posting = register().posting(POSTING_ID).orElseThrow();

        assertThat(posting.communeCode()).isEqualTo(A_XAN);
        assertThat(posting.posted().event().places()).extracting(PostingPlace::kind).containsExactly(
                PostingPlaceKind.COMMUNE_OFFICE, PostingPlaceKind.VILLAGE_CULTURAL_HOUSE, PostingPlaceKind.LOUDSPEAKER);
        assertThat(posting.isPostedOn(GrievanceFixtures.POSTED_FROM)).isTrue();
        assertThat(posting.isPostedOn(GrievanceFixtures.POSTED_UNTIL)).isTrue();
        assertThat(posting.isPostedOn(GrievanceFixtures.POSTED_UNTIL.plusDays(1))).isFalse();
        assertThat(posting.posted().event().postedBy()).contains("Văn phòng - Thống kê");
    }

    @Test
    void withoutProgrammeRules_theDefaultDeadlinesApply() {
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build());

        ComplaintReceived received = register().complaint(COMPLAINT_ID).orElseThrow().received().event();
        assertThat(received.rulesProgrammeId()).isEmpty();
        assertThat(received.answerDueOn()).isEqualTo(RECEIVED_ON.plusDays(GrievanceRules.DEFAULT.daysToAnswer()));
        assertThat(received.closeDueOn()).isEqualTo(RECEIVED_ON.plusDays(GrievanceRules.DEFAULT.daysToClose()));
    }

    @Test
    void programmeRules_setTheDeadlines_andAComplaintKeepsThoseItWasReceivedWith() {
        ledger.submit(GrievanceFixtures.rules(SYSTEM, 7, 20).build());
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build());
        ledger.submit(GrievanceFixtures.rules(SYSTEM, 3, 5).occurredOn(RECEIVED_ON.plusDays(1)).build());
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, "don-2024-02").occurredOn(RECEIVED_ON.plusDays(2)).build());

        ComplaintReceived first = register().complaint(COMPLAINT_ID).orElseThrow().received().event();
        ComplaintReceived second = register().complaint("don-2024-02").orElseThrow().received().event();
        assertThat(first.rulesProgrammeId()).contains(PROGRAMME_ID);
        assertThat(first.answerDueOn()).isEqualTo(LocalDate.of(2024, 7, 17));
        assertThat(first.closeDueOn()).isEqualTo(LocalDate.of(2024, 7, 30));
        assertThat(second.answerDueOn()).isEqualTo(LocalDate.of(2024, 7, 15));
        assertThat(second.closeDueOn()).isEqualTo(LocalDate.of(2024, 7, 17));
        assertThat(register().rules(PROGRAMME_ID, RECEIVED_ON)).isEqualTo(new GrievanceRules(7, 20));
        assertThat(register().rules(PROGRAMME_ID, LocalDate.of(2023, 12, 31))).isEqualTo(GrievanceRules.DEFAULT);
    }

    @Test
    void upheldComplaint_goesThroughEveryStep_andClosesWithTheCorrectingEvent() {
        ledger.submit(GrievanceFixtures.rules(SYSTEM, 7, 20).build());
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build());
        assertThat(status(RECEIVED_ON)).isEqualTo(ComplaintStatus.RECEIVED);

        ledger.submit(GrievanceFixtures.assign(SYSTEM, COMPLAINT_ID, LocalDate.of(2024, 7, 11)).build());
        ledger.submit(GrievanceFixtures.answer(SYSTEM, COMPLAINT_ID, LocalDate.of(2024, 7, 15)).build());
        List<EventEnvelope> correction = ledger.submit(Participants.status(GrievanceFixtures.HOUSEHOLD_A_UR, A_XAN, 2025,
                PovertyCategory.NEAR_POOR));
        long correctionSequence = correction.get(0).sequence();
        ledger.submit(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, LocalDate.of(2024, 7, 18), ComplaintResult.UPHELD)
                .correctionSequence(correctionSequence).build());

        ComplaintFile file = register().complaint(COMPLAINT_ID).orElseThrow();
        assertThat(file.statusOn(LocalDate.of(2024, 7, 9))).isEmpty();
        assertThat(file.statusOn(LocalDate.of(2024, 7, 12))).contains(ComplaintStatus.ASSIGNED);
        assertThat(file.statusOn(LocalDate.of(2024, 7, 16))).contains(ComplaintStatus.ANSWERED);
        assertThat(file.statusOn(LocalDate.of(2024, 7, 18))).contains(ComplaintStatus.CLOSED);
        assertThat(file.result()).contains(ComplaintResult.UPHELD);
        assertThat(file.closure().orElseThrow().event().correctionSequence()).contains(correctionSequence);
        assertThat(file.answeredLate()).isFalse();
        assertThat(register().openOn(LocalDate.of(2024, 7, 17))).extracting(ComplaintFile::complaintId)
                .containsExactly(COMPLAINT_ID);
        assertThat(register().openOn(LocalDate.of(2024, 7, 18))).isEmpty();
    }

    @Test
    void upheldComplaint_mayCloseWithACorrectionRequestedFromTheResponsibleBody() {
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build());
        ledger.submit(GrievanceFixtures.assign(SYSTEM, COMPLAINT_ID, RECEIVED_ON).build());
        ledger.submit(GrievanceFixtures.answer(SYSTEM, COMPLAINT_ID, RECEIVED_ON.plusDays(3)).build());
        ledger.submit(GrievanceFixtures.requestCorrection(SYSTEM, COMPLAINT_ID, "yc-1", RECEIVED_ON.plusDays(3)).build());
        ledger.submit(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, RECEIVED_ON.plusDays(4), ComplaintResult.PARTLY_UPHELD)
                .correctionRequestId("yc-1").build());

        ComplaintFile file = register().complaint(COMPLAINT_ID).orElseThrow();
        assertThat(file.correctionRequests()).extracting(request -> request.event().requestId()).containsExactly("yc-1");
        assertThat(register().correctionRequest("yc-1")).isPresent();
        assertThat(file.result()).contains(ComplaintResult.PARTLY_UPHELD);
    }

    @Test
    void withdrawnComplaint_closesUnanswered() {
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build());
        ledger.submit(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, RECEIVED_ON.plusDays(1), ComplaintResult.WITHDRAWN).build());

        assertThat(register().complaint(COMPLAINT_ID).orElseThrow().result()).contains(ComplaintResult.WITHDRAWN);
    }

    @Test
    void overdue_isUnansweredPastTheAnswerDeadline_orOpenPastTheClosingDeadline() {
        ledger.submit(GrievanceFixtures.rules(SYSTEM, 7, 20).build());
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build());
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, "don-2024-02").build());
        ledger.submit(GrievanceFixtures.assign(SYSTEM, "don-2024-02", RECEIVED_ON).build());
        ledger.submit(GrievanceFixtures.answer(SYSTEM, "don-2024-02", LocalDate.of(2024, 7, 16)).build());

        assertThat(overdue(LocalDate.of(2024, 7, 17))).isEmpty();
        assertThat(overdue(LocalDate.of(2024, 7, 18))).containsExactly(COMPLAINT_ID);
        assertThat(overdue(LocalDate.of(2024, 7, 30))).containsExactly(COMPLAINT_ID);
        assertThat(overdue(LocalDate.of(2024, 7, 31))).containsExactly(COMPLAINT_ID, "don-2024-02");

        ledger.submit(GrievanceFixtures.assign(SYSTEM, COMPLAINT_ID, LocalDate.of(2024, 8, 1)).build());
        ledger.submit(GrievanceFixtures.answer(SYSTEM, COMPLAINT_ID, LocalDate.of(2024, 8, 2)).build());
        ledger.submit(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, LocalDate.of(2024, 8, 3), ComplaintResult.REJECTED).build());

        assertThat(overdue(LocalDate.of(2024, 7, 18))).as("what was true then stays true").containsExactly(COMPLAINT_ID);
        assertThat(overdue(LocalDate.of(2024, 8, 3))).containsExactly("don-2024-02");
        assertThat(register().complaint(COMPLAINT_ID).orElseThrow().answeredLate()).isTrue();
    }

    @Test
    void queriesPerCommuneAndList_followTheCommuneThroughTheMerger() {
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build());
        ledger.submit(GrievanceFixtures.posting(SYSTEM).unitCode(GrievanceFixtures.A_NONG).postingId("niem-yet-a-nong-2024")
                .places(List.of(PostingPlace.of(PostingPlaceKind.COMMUNE_OFFICE))).build());
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, "don-a-nong-1").unitCode(GrievanceFixtures.A_NONG)
                .postingId("niem-yet-a-nong-2024").householdId(GrievanceFixtures.HOUSEHOLD_PA_RONG).build());
        LocalDate in2024 = LocalDate.of(2024, 7, 20);
        LocalDate in2026 = LocalDate.of(2026, 1, 5);

        assertThat(register().complaintsAbout(POSTING_ID)).extracting(ComplaintFile::complaintId).containsExactly(COMPLAINT_ID);
        assertThat(ids(register().complaintsOf(A_XAN, in2024, units))).containsExactly(COMPLAINT_ID);
        assertThat(ids(register().complaintsOf(Participants.TAY_GIANG_DISTRICT, in2024, units)))
                .containsExactly(COMPLAINT_ID, "don-a-nong-1");
        assertThat(ids(register().openOn(in2024, GrievanceFixtures.A_NONG, units))).containsExactly("don-a-nong-1");
        assertThat(ids(register().complaintsOf(Participants.HUNG_SON, in2026, units))).containsExactly(COMPLAINT_ID);
        assertThat(ids(register().overdueOn(in2026, Participants.TAY_GIANG_COMMUNE, units))).containsExactly("don-a-nong-1");
        assertThat(register().postingsOf(Participants.HUNG_SON, in2026, units)).extracting(Posting::postingId)
                .containsExactly(POSTING_ID);
    }

    @Test
    void afterTheMerger_theSuccessorCommuneRecordsTheStepsOfAnOldComplaint() {
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build());
        LocalDate afterMerger = LocalDate.of(2025, 7, 15);

        ledger.submit(GrievanceFixtures.assign(Fixtures.actor(org.ketnghia.core.ledger.ActorRole.COMMUNE_COMMITTEE,
                Participants.HUNG_SON), COMPLAINT_ID, afterMerger).unitCode(Participants.HUNG_SON).build());

        assertThat(register().complaint(COMPLAINT_ID).orElseThrow().assignments()).hasSize(1);
    }

    @Test
    void rebuiltAndReplayedRegisters_holdTheSameComplaints() {
        ledger.submit(GrievanceFixtures.rules(SYSTEM, 7, 20).build());
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build());
        ledger.submit(GrievanceFixtures.assign(SYSTEM, COMPLAINT_ID, RECEIVED_ON).build());
        List<ComplaintFile> before = register().complaints();

        ledger.rebuildProjections();
        KetnghiaRuntime replayed = KetnghiaRuntime.builder().administrativeUnits(units).eventStore(ledger.store())
                .clock(Fixtures.CLOCK).build();

        assertThat(ledger.verifyChain().isIntact()).isTrue();
        assertThat(register().complaints()).isEqualTo(before);
        assertThat(replayed.ledger().read(GrievanceRegister.class, GrievanceRegister::complaints)).isEqualTo(before);
    }

    private GrievanceRegister register() {
        return ledger.read(GrievanceRegister.class, register -> register);
    }

    private ComplaintStatus status(LocalDate on) {
        return register().complaint(COMPLAINT_ID).orElseThrow().statusOn(on).orElseThrow();
    }

    private List<String> overdue(LocalDate on) {
        return ids(register().overdueOn(on));
    }

    private static List<String> ids(List<ComplaintFile> files) {
        return files.stream().map(ComplaintFile::complaintId).toList();
    }
}
