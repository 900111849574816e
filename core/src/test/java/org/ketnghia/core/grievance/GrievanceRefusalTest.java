package org.ketnghia.core.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.core.grievance.GrievanceFixtures.A_XAN;
import static org.ketnghia.core.grievance.GrievanceFixtures.COMPLAINT_ID;
import static org.ketnghia.core.grievance.GrievanceFixtures.POSTED_FROM;
import static org.ketnghia.core.grievance.GrievanceFixtures.POSTED_UNTIL;
import static org.ketnghia.core.grievance.GrievanceFixtures.RECEIVED_ON;
import static org.ketnghia.core.grievance.GrievanceFixtures.SYSTEM;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.programme.ProgrammeErrorCode;
import org.ketnghia.testing.Participants;

/**
 * Every rule of postings and complaints refuses what breaks it (<i>từ chối</i>), lists every problem at once, appends
 * nothing and leaves the register as it was.
 */
class GrievanceRefusalTest {

    private final Ledger ledger = GrievanceFixtures.runtime().ledger();

    @BeforeEach
    void postTheList() {
        GrievanceFixtures.background(ledger);
        ledger.submit(GrievanceFixtures.posting(SYSTEM).build());
    }

    @Test
    void rules_forAnUnknownProgramme_withDaysOutOfRangeOrInverted_areRefused() {
        assertRefused(GrievanceFixtures.rules(SYSTEM, 0, 400).programmeId("khong-co").decision(" ").build(),
                ProgrammeErrorCode.PROGRAMME_UNKNOWN, CoreErrorCode.VALUE_OUT_OF_RANGE, CoreErrorCode.VALUE_OUT_OF_RANGE,
                CoreErrorCode.VALUE_BLANK);
        assertRefused(GrievanceFixtures.rules(SYSTEM, 30, 10).build(), GrievanceErrorCode.GRIEVANCE_DEADLINES_INVERTED);
    }

    @Test
    void posting_twice_orOutsideACommune_orWithAnInvertedPeriod_isRefused() {
        assertRefused(GrievanceFixtures.posting(SYSTEM).build(), GrievanceErrorCode.GRIEVANCE_DUPLICATE_POSTING);
        assertRefused(GrievanceFixtures.posting(SYSTEM).postingId("niem-yet-2").unitCode(Participants.TAY_GIANG_DISTRICT)
                .places(List.of(PostingPlace.of(PostingPlaceKind.COMMUNE_OFFICE))).build(),
                GrievanceErrorCode.GRIEVANCE_NOT_A_COMMUNE);
        assertRefused(GrievanceFixtures.posting(SYSTEM).postingId("niem-yet-2").postedUntil(POSTED_FROM.minusDays(1))
                .listAsOf(POSTED_FROM.plusDays(1)).places(List.of()).postedBy("").build(),
                CoreErrorCode.PERIOD_INVERTED, GrievanceErrorCode.GRIEVANCE_LIST_AFTER_POSTING,
                GrievanceErrorCode.GRIEVANCE_NO_POSTING_PLACE, CoreErrorCode.VALUE_BLANK);
        assertRefused(GrievanceFixtures.posting(SYSTEM).postingId("niem-yet-2").places(List.of(
                PostingPlace.inVillage(PostingPlaceKind.VILLAGE_CULTURAL_HOUSE, Participants.PA_RONG))).build(),
                GrievanceErrorCode.GRIEVANCE_PLACE_OUTSIDE_COMMUNE);
    }

    @Test
    void complaint_beforeOrAfterThePostingPeriod_isRefusedWithItsOwnCode() {
        assertRefused(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).occurredOn(POSTED_FROM.minusDays(1)).build(),
                GrievanceErrorCode.GRIEVANCE_OUTSIDE_POSTING_PERIOD);
        assertRefused(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).occurredOn(POSTED_UNTIL.plusDays(1)).build(),
                GrievanceErrorCode.GRIEVANCE_OUTSIDE_POSTING_PERIOD);
        assertThat(ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).occurredOn(POSTED_UNTIL).build())).hasSize(1);
    }

    @Test
    void complaint_aboutAnUnknownPostingOrHousehold_orOfAnotherCommune_isRefused() {
        assertRefused(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).postingId("khong-co").summaryVi(" ").build(),
                GrievanceErrorCode.GRIEVANCE_UNKNOWN_POSTING, CoreErrorCode.VALUE_BLANK);
        assertRefused(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).householdId("HN-KHONG-CO").build(),
                GrievanceErrorCode.GRIEVANCE_UNKNOWN_HOUSEHOLD);
        assertRefused(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).householdId(GrievanceFixtures.HOUSEHOLD_PA_RONG).build(),
                GrievanceErrorCode.GRIEVANCE_HOUSEHOLD_OUTSIDE_COMMUNE);
        assertRefused(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).unitCode(GrievanceFixtures.A_NONG).build(),
                GrievanceErrorCode.GRIEVANCE_UNIT_MISMATCH);
    }

    @Test
    void anonymousComplaint_isRefused_butAnonymousFeedbackIsReceived() {
        assertRefused(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).complainant(java.util.Optional.empty()).build(),
                GrievanceErrorCode.GRIEVANCE_COMPLAINANT_REQUIRED);
        assertRefused(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).complainant(Complainant.named(" ")).build(),
                CoreErrorCode.VALUE_BLANK);

        assertThat(ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).kind(ComplaintKind.FEEDBACK)
                .complainant(java.util.Optional.empty()).build())).hasSize(1);
        assertRefused(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build(), GrievanceErrorCode.GRIEVANCE_DUPLICATE_COMPLAINT);
    }

    @Test
    void steps_onAnUnknownComplaint_areRefused() {
        LocalDate on = RECEIVED_ON.plusDays(1);
        assertRefused(GrievanceFixtures.assign(SYSTEM, "khong-co", on).assignee("").build(),
                GrievanceErrorCode.GRIEVANCE_UNKNOWN_COMPLAINT, CoreErrorCode.VALUE_BLANK);
        assertRefused(GrievanceFixtures.answer(SYSTEM, "khong-co", on).build(), GrievanceErrorCode.GRIEVANCE_UNKNOWN_COMPLAINT);
        assertRefused(GrievanceFixtures.requestCorrection(SYSTEM, "khong-co", "yc-1", on).build(),
                GrievanceErrorCode.GRIEVANCE_UNKNOWN_COMPLAINT);
        assertRefused(GrievanceFixtures.close(SYSTEM, "khong-co", on, ComplaintResult.WITHDRAWN).build(),
                GrievanceErrorCode.GRIEVANCE_UNKNOWN_COMPLAINT);
    }

    @Test
    void steps_outOfOrder_orDatedBeforeThePreviousStep_orForAnotherUnit_areRefused() {
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build());

        assertRefused(GrievanceFixtures.answer(SYSTEM, COMPLAINT_ID, RECEIVED_ON).build(), GrievanceErrorCode.GRIEVANCE_NOT_ASSIGNED);
        assertRefused(GrievanceFixtures.assign(SYSTEM, COMPLAINT_ID, RECEIVED_ON.minusDays(1)).unitCode(GrievanceFixtures.A_NONG)
                .assigneeUnitCode("QNA.KHONG-CO").build(), GrievanceErrorCode.GRIEVANCE_BEFORE_PREVIOUS_STEP,
                GrievanceErrorCode.GRIEVANCE_UNIT_MISMATCH, GrievanceErrorCode.GRIEVANCE_UNKNOWN_UNIT);
        assertRefused(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, RECEIVED_ON, ComplaintResult.REJECTED).build(),
                GrievanceErrorCode.GRIEVANCE_NOT_ANSWERED);
        assertRefused(GrievanceFixtures.requestCorrection(SYSTEM, COMPLAINT_ID, "yc-1", RECEIVED_ON)
                .dueOn(RECEIVED_ON.minusDays(1)).whatVi("").build(), CoreErrorCode.PERIOD_INVERTED, CoreErrorCode.VALUE_BLANK);

        ledger.submit(GrievanceFixtures.assign(SYSTEM, COMPLAINT_ID, RECEIVED_ON).build());
        ledger.submit(GrievanceFixtures.answer(SYSTEM, COMPLAINT_ID, RECEIVED_ON).build());
        assertRefused(GrievanceFixtures.answer(SYSTEM, COMPLAINT_ID, RECEIVED_ON).build(),
                GrievanceErrorCode.GRIEVANCE_ALREADY_ANSWERED);
    }

    @Test
    void upheldClosure_withoutAValidCorrection_isRefused_andOtherResultsTakeNone() {
        long receivedAt = ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build()).get(0).sequence();
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, "don-khac").build());
        ledger.submit(GrievanceFixtures.requestCorrection(SYSTEM, "don-khac", "yc-khac", RECEIVED_ON).build());
        ledger.submit(GrievanceFixtures.assign(SYSTEM, COMPLAINT_ID, RECEIVED_ON).build());
        long answeredAt = ledger.submit(GrievanceFixtures.answer(SYSTEM, COMPLAINT_ID, RECEIVED_ON).build()).get(0).sequence();
        LocalDate on = RECEIVED_ON.plusDays(1);

        assertRefused(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, on, ComplaintResult.UPHELD).reasonVi("").build(),
                GrievanceErrorCode.GRIEVANCE_CORRECTION_REQUIRED, CoreErrorCode.VALUE_BLANK);
        assertRefused(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, on, ComplaintResult.UPHELD).correctionSequence(receivedAt - 1)
                .build(), GrievanceErrorCode.GRIEVANCE_CORRECTION_EVENT_INVALID);
        assertRefused(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, on, ComplaintResult.UPHELD).correctionSequence(answeredAt)
                .build(), GrievanceErrorCode.GRIEVANCE_CORRECTION_EVENT_INVALID);
        assertRefused(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, on, ComplaintResult.UPHELD)
                .correctionSequence(ledger.lastSequence() + 1).build(), GrievanceErrorCode.GRIEVANCE_CORRECTION_EVENT_INVALID);
        assertRefused(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, on, ComplaintResult.PARTLY_UPHELD)
                .correctionRequestId("yc-khac").build(), GrievanceErrorCode.GRIEVANCE_UNKNOWN_CORRECTION_REQUEST);

        long corrected = ledger.submit(Participants.status(GrievanceFixtures.HOUSEHOLD_A_UR, A_XAN, 2025,
                PovertyCategory.NEAR_POOR)).get(0).sequence();
        assertRefused(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, on, ComplaintResult.REJECTED).correctionSequence(corrected)
                .build(), GrievanceErrorCode.GRIEVANCE_CORRECTION_NOT_ALLOWED);
        assertThat(ledger.submit(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, on, ComplaintResult.UPHELD)
                .correctionSequence(corrected).build())).hasSize(1);
    }

    @Test
    void stepsOnAClosedComplaint_areRefused() {
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build());
        ledger.submit(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, RECEIVED_ON, ComplaintResult.WITHDRAWN).build());
        LocalDate on = RECEIVED_ON.plusDays(1);

        assertRefused(GrievanceFixtures.assign(SYSTEM, COMPLAINT_ID, on).build(), GrievanceErrorCode.GRIEVANCE_ALREADY_CLOSED);
        assertRefused(GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, on, ComplaintResult.WITHDRAWN).build(),
                GrievanceErrorCode.GRIEVANCE_ALREADY_CLOSED);
        assertRefused(GrievanceFixtures.requestCorrection(SYSTEM, COMPLAINT_ID, "yc-1", on).build(),
                GrievanceErrorCode.GRIEVANCE_ALREADY_CLOSED);
    }

    @Test
    void aCorrectionRequestIdTwice_isRefused() {
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build());
        ledger.submit(GrievanceFixtures.requestCorrection(SYSTEM, COMPLAINT_ID, "yc-1", RECEIVED_ON).build());

        assertRefused(GrievanceFixtures.requestCorrection(SYSTEM, COMPLAINT_ID, "yc-1", RECEIVED_ON).build(),
                GrievanceErrorCode.GRIEVANCE_DUPLICATE_CORRECTION_REQUEST);
    }

    /** The command is refused with exactly these codes (in any order), appends nothing and changes no query's answer. */
    private void assertRefused(Command command, ErrorCode... codes) {
        long before = ledger.lastSequence();
        List<ComplaintFile> complaints = register().complaints();
        List<Posting> postings = register().postings();
        assertThatThrownBy(() -> ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                refused -> assertThat(refused.problems()).extracting(Problem::code).as(refused.getMessage())
                        .containsExactlyInAnyOrder(codes));
        assertThat(ledger.lastSequence()).isEqualTo(before);
        assertThat(register().complaints()).isEqualTo(complaints);
        assertThat(register().postings()).isEqualTo(postings);
    }

    private GrievanceRegister register() {
        return ledger.read(GrievanceRegister.class, register -> register);
    }
}
