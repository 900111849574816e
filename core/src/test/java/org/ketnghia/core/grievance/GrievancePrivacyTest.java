package org.ketnghia.core.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.grievance.GrievanceFixtures.A_XAN;
import static org.ketnghia.core.grievance.GrievanceFixtures.COMPLAINT_ID;
import static org.ketnghia.core.grievance.GrievanceFixtures.HOA;
import static org.ketnghia.core.grievance.GrievanceFixtures.RECEIVED_ON;
import static org.ketnghia.core.grievance.GrievanceFixtures.SYSTEM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.participant.privacy.SensitiveAccessor;
import org.ketnghia.core.participant.privacy.SensitiveData;
import org.ketnghia.core.participant.privacy.SensitiveKind;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Participants;

/**
 * Complainants' personal data (<i>dữ liệu cá nhân của người phản ánh</i>) is marked sensitive and never reaches the
 * public summary, which shows the right counts per list, commune and status.
 */
class GrievancePrivacyTest {

    private static final Complainant BON = Complainant.builder().fullName("Alăng Thị Bốn").idNumber("049190001111")
            .phone("0914777888").address("Thôn Pà Rồng, xã A Nông").build();
    private static final String SUMMARY = "Ông Briu Văn Năm ở thôn A Ur không đủ điều kiện nhận hỗ trợ.";

    private final KetnghiaRuntime runtime = GrievanceFixtures.runtime();
    private final Ledger ledger = runtime.ledger();
    private final AdministrativeRegistry units = runtime.administrativeUnits();

    @BeforeEach
    void complaintsInEveryState() {
        GrievanceFixtures.background(ledger);
        ledger.submit(GrievanceFixtures.posting(SYSTEM).build());
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).summaryVi(SUMMARY).build());
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, "don-2").complainant(BON).build());
        ledger.submit(GrievanceFixtures.assign(SYSTEM, "don-2", RECEIVED_ON).build());
        ledger.submit(GrievanceFixtures.answer(SYSTEM, "don-2", RECEIVED_ON).build());
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, "don-3").complainant(BON).build());
        ledger.submit(GrievanceFixtures.assign(SYSTEM, "don-3", RECEIVED_ON).build());
        ledger.submit(GrievanceFixtures.answer(SYSTEM, "don-3", RECEIVED_ON).build());
        long corrected = ledger.submit(Participants.status(GrievanceFixtures.HOUSEHOLD_A_UR, A_XAN, 2025,
                PovertyCategory.NEAR_POOR)).get(0).sequence();
        ledger.submit(GrievanceFixtures.close(SYSTEM, "don-3", RECEIVED_ON.plusDays(1), ComplaintResult.UPHELD)
                .correctionSequence(corrected).build());
        ledger.submit(GrievanceFixtures.complaint(SYSTEM, "don-4").kind(ComplaintKind.FEEDBACK)
                .complainant(java.util.Optional.empty()).build());
        ledger.submit(GrievanceFixtures.close(SYSTEM, "don-4", RECEIVED_ON, ComplaintResult.WITHDRAWN).build());
    }

    @Test
    void complainantsNameIdPhoneAndAddress_areMarkedSensitive_whereverAComplaintIsRecorded() {
        List<String> expected = List.of("complainant.address", "complainant.fullName", "complainant.idNumber",
                "complainant.phone");

        assertThat(SensitiveData.reachableFrom(ReceiveComplaint.class)).extracting(SensitiveAccessor::path)
                .containsExactlyElementsOf(expected);
        assertThat(SensitiveData.reachableFrom(ComplaintReceived.class)).extracting(SensitiveAccessor::path)
                .containsExactlyElementsOf(expected);
        assertThat(SensitiveData.reachableFrom(ComplaintReceived.class)).extracting(SensitiveAccessor::path, SensitiveAccessor::kinds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("complainant.address", java.util.Set.of(SensitiveKind.ADDRESS)),
                        org.assertj.core.groups.Tuple.tuple("complainant.fullName", java.util.Set.of(SensitiveKind.PERSON_NAME)),
                        org.assertj.core.groups.Tuple.tuple("complainant.idNumber", java.util.Set.of(SensitiveKind.ID_NUMBER)),
                        org.assertj.core.groups.Tuple.tuple("complainant.phone", java.util.Set.of(SensitiveKind.CONTACT)));
        assertThat(HOA.toString()).doesNotContain(HOA.fullName(), HOA.idNumber().orElseThrow(), HOA.phone().orElseThrow());
    }

    @Test
    void publicTypes_carryNoPersonalData() {
        assertThat(SensitiveData.reachableFrom(PublicComplaintCount.class)).isEmpty();
        assertThat(SensitiveData.reachableFrom(PublicComplaintSummary.class)).isEmpty();
        assertThat(SensitiveData.accessorNames(PublicComplaintCount.class)).containsExactlyInAnyOrder("answered",
                "awaitingAnswer", "closed", "communeName", "list", "overdue", "partlyUpheld", "received", "rejected",
                "upheld", "withdrawn");
    }

    @Test
    void publicSummary_countsPerListAndStatus_andShowsNoComplainantDataNorWhatWasSaid() {
        LocalDate on = RECEIVED_ON.plusDays(20);
        PublicComplaintSummary summary = ledger.read(GrievanceRegister.class,
                register -> register.publicSummary(Participants.TAY_GIANG_DISTRICT, on, units));

        assertThat(summary.rows()).containsExactly(new PublicComplaintCount("xã A Xan",
                "Danh sách hộ được hỗ trợ ngày 30/06/2024 (niêm yết 01/07/2024–30/07/2024)", 4, 1, 1, 1, 0, 0, 1, 1));
        assertThat(summary.totalsByCommune()).extracting(PublicComplaintCount::received).containsExactly(4);
        assertThat(summary.total().closed()).isEqualTo(2);

        List<String> secrets = new ArrayList<>();
        for (Complainant person : List.of(HOA, BON)) {
            secrets.add(person.fullName());
            secrets.add(person.idNumber().orElseThrow());
            secrets.add(person.phone().orElseThrow());
            secrets.add(person.address().orElseThrow());
        }
        secrets.add(SUMMARY);
        secrets.add("Briu Văn Năm");
        secrets.add(GrievanceFixtures.HOUSEHOLD_A_UR);
        for (String published : List.of(summary.toCsv(), summary.toText(), summary.rows().toString(),
                summary.totalsByCommune().toString(), summary.toString())) {
            assertThat(published).doesNotContain(secrets);
        }
    }

    @Test
    void publicSummary_beforeAnythingWasPosted_isEmpty() {
        PublicComplaintSummary summary = ledger.read(GrievanceRegister.class,
                register -> register.publicSummary(A_XAN, GrievanceFixtures.POSTED_FROM.minusDays(1), units));

        assertThat(summary.rows()).isEmpty();
        assertThat(summary.toText()).contains("Không có danh sách nào được niêm yết.");
    }
}
