package org.ketnghia.core.grievance;

import java.time.LocalDate;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.programme.DeclareProgramme;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * Test data for postings and complaints (<i>niêm yết, phản ánh</i>): A Xan commune posts its list of 30 June 2024
 * from 1 to 30 July 2024 at its office and at thôn A Ur's cultural house; one household of A Ur, one of Pà Rồng
 * (A Nông commune). Command builders default to the system actor and can take any other.
 */
final class GrievanceFixtures {

    static final String PROGRAMME_ID = "quang-nam-2021";
    static final String PROVINCE_CODE = "QNA";
    static final String A_XAN = Participants.A_XAN;
    static final String A_NONG = Participants.A_NONG;
    static final String A_UR = Participants.A_UR;
    static final String POSTING_ID = "niem-yet-a-xan-2024";
    static final String COMPLAINT_ID = "don-2024-01";
    static final String HOUSEHOLD_A_UR = "HN-A-UR-1";
    static final String HOUSEHOLD_PA_RONG = "HN-PA-RONG-1";
    static final LocalDate LIST_AS_OF = LocalDate.of(2024, 6, 30);
    static final LocalDate POSTED_FROM = LocalDate.of(2024, 7, 1);
    static final LocalDate POSTED_UNTIL = LocalDate.of(2024, 7, 30);
    static final LocalDate RECEIVED_ON = LocalDate.of(2024, 7, 10);
    static final Actor SYSTEM = Fixtures.PROVINCE;

    static final Complainant HOA = Complainant.builder().fullName("Bling Thị Hoa").idNumber("049180009876")
            .phone("0905123456").address("Thôn A Ur, xã A Xan").build();

    private GrievanceFixtures() {
    }

    static KetnghiaRuntime runtime() {
        return Participants.runtime();
    }

    /** Declares the programme and registers the two households. */
    static void background(Ledger ledger) {
        ledger.submit(DeclareProgramme.builder().actor(SYSTEM).unitCode(PROVINCE_CODE).occurredOn(LocalDate.of(2021, 7, 1))
                .terms(ProgrammeTerms.builder().id(PROGRAMME_ID).titleVi("Thí điểm các mô hình kết nghĩa")
                        .decision("Kế hoạch thí điểm").provinceCode(PROVINCE_CODE).start(LocalDate.of(2021, 7, 1)).years(5)
                        .addDistrictCodes(Participants.TAY_GIANG_DISTRICT).addPilotCommuneCodes(A_XAN).build())
                .build());
        ledger.submit(Participants.household(HOUSEHOLD_A_UR, A_UR, A_XAN, Participants.head("Alăng Văn Bốn", Sex.MALE, 1971))
                .build());
        ledger.submit(Participants.household(HOUSEHOLD_PA_RONG, Participants.PA_RONG, A_NONG,
                Participants.head("Bhling Văn Ba", Sex.MALE, 1975)).build());
    }

    static SetGrievanceRules.Builder rules(Actor actor, int daysToAnswer, int daysToClose) {
        SetGrievanceRules.Builder builder = SetGrievanceRules.builder();
        builder.actor(actor).unitCode(PROVINCE_CODE).occurredOn(LocalDate.of(2024, 1, 2)).programmeId(PROGRAMME_ID)
                .daysToAnswer(daysToAnswer).daysToClose(daysToClose).decision("Quyết định số 5/QĐ-BDT của Ban Dân tộc tỉnh");
        return builder;
    }

    static RecordPosting.Builder posting(Actor actor) {
        RecordPosting.Builder builder = RecordPosting.builder();
        builder.actor(actor).unitCode(A_XAN).occurredOn(POSTED_FROM).postingId(POSTING_ID).listKind(PublicListKind.SUPPORT)
                .listAsOf(LIST_AS_OF).addPlaces(PostingPlace.of(PostingPlaceKind.COMMUNE_OFFICE),
                        PostingPlace.inVillage(PostingPlaceKind.VILLAGE_CULTURAL_HOUSE, A_UR),
                        PostingPlace.of(PostingPlaceKind.LOUDSPEAKER))
                .postedFrom(POSTED_FROM).postedUntil(POSTED_UNTIL).postedBy("Công chức Văn phòng - Thống kê xã A Xan");
        return builder;
    }

    static ReceiveComplaint.Builder complaint(Actor actor, String complaintId) {
        ReceiveComplaint.Builder builder = ReceiveComplaint.builder();
        builder.actor(actor).unitCode(A_XAN).occurredOn(RECEIVED_ON).complaintId(complaintId).postingId(POSTING_ID)
                .kind(ComplaintKind.COMPLAINT).channel(ComplaintChannel.IN_PERSON).householdId(HOUSEHOLD_A_UR)
                .complainant(HOA).summaryVi("Hộ được ghi nhận 5 con dê nhưng thực nhận 4 con.");
        return builder;
    }

    static AssignComplaint.Builder assign(Actor actor, String complaintId, LocalDate on) {
        AssignComplaint.Builder builder = AssignComplaint.builder();
        builder.actor(actor).unitCode(A_XAN).occurredOn(on).complaintId(complaintId)
                .assignee("Công chức Lao động - Thương binh và Xã hội xã");
        return builder;
    }

    static AnswerComplaint.Builder answer(Actor actor, String complaintId, LocalDate on) {
        AnswerComplaint.Builder builder = AnswerComplaint.builder();
        builder.actor(actor).unitCode(A_XAN).occurredOn(on).complaintId(complaintId)
                .answerVi("Đã kiểm tra biên bản bàn giao: hộ nhận 4 con dê; danh sách ghi nhầm.")
                .documentNumber("Công văn số 15/UBND");
        return builder;
    }

    static RequestCorrection.Builder requestCorrection(Actor actor, String complaintId, String requestId, LocalDate on) {
        RequestCorrection.Builder builder = RequestCorrection.builder();
        builder.actor(actor).unitCode(A_XAN).occurredOn(on).complaintId(complaintId).requestId(requestId)
                .addressedTo("UBND xã A Xan").whatVi("Sửa số dê của hộ trong danh sách niêm yết")
                .dueOn(on.plusDays(10));
        return builder;
    }

    static CloseComplaint.Builder close(Actor actor, String complaintId, LocalDate on, ComplaintResult result) {
        CloseComplaint.Builder builder = CloseComplaint.builder();
        builder.actor(actor).unitCode(A_XAN).occurredOn(on).complaintId(complaintId).result(result)
                .reasonVi("Kết luận sau khi kiểm tra");
        return builder;
    }
}
