package org.ketnghia.core.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.programme.DeclareProgramme;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.SignAgreement;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.SponsorKind;
import org.ketnghia.core.twinning.StandardModels;
import org.ketnghia.core.twinning.TwinningAgreement;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * A ledger with the Quảng Nam units, a five-year programme from 1 January 2022 in Tây Giang (pilot communes A
 * Xan and A Nông, carried on by Hùng Sơn and Tây Giang from 1 July 2025), a sponsor twinned with the district,
 * and the plan's reporting calendar.
 */
final class DutyFixtures {

    static final String PROGRAMME = "quang-nam-2022";
    static final String QNA = "QNA";
    static final String DNG = "DNG";
    static final String TAY_GIANG = Participants.TAY_GIANG_DISTRICT;
    static final String DONG_GIANG = "QNA.DONG-GIANG";
    static final String A_XAN = Participants.A_XAN;
    static final String A_NONG = Participants.A_NONG;
    static final String DANG = "QNA.TAY-GIANG.DANG";
    static final String HUNG_SON = Participants.HUNG_SON;
    static final String TAY_GIANG_COMMUNE = Participants.TAY_GIANG_COMMUNE;
    static final String SPONSOR = "so-tai-chinh";
    static final String OTHER_SPONSOR = "so-y-te";
    static final LocalDate START = LocalDate.of(2022, 1, 1);

    static final String COMMUNE_ANNUAL = "bao-cao-nam-xa";
    static final String HOUSEHOLD_LIST = "danh-sach-ho-xa";
    static final String DISTRICT_ANNUAL = "bao-cao-nam-huyen";
    static final String PROVINCE_ANNUAL = "bao-cao-nam-tinh";
    static final String SPONSOR_ANNUAL = "bao-cao-nam-don-vi-kn";
    static final String INTERIM = "so-ket-xa";
    static final String FINAL = "tong-ket-tinh";

    static final Actor SYSTEM = Fixtures.PROVINCE;
    static final Actor A_XAN_COMMITTEE = Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_XAN);
    static final Actor A_NONG_COMMITTEE = Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_NONG);
    static final Actor HUNG_SON_COMMITTEE = Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, HUNG_SON);
    static final Actor TAY_GIANG_COMMUNE_COMMITTEE = Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, TAY_GIANG_COMMUNE);
    static final Actor TAY_GIANG_OFFICE = Fixtures.actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG);
    static final Actor DONG_GIANG_OFFICE = Fixtures.actor(ActorRole.DISTRICT_OFFICE, DONG_GIANG);
    static final Actor BAN_DAN_TOC = Actor.forUnit("ban-dan-toc@QNA", "Ban Dân tộc tỉnh Quảng Nam", ActorRole.PROVINCIAL_COMMITTEE, QNA);
    static final Actor UBND_TINH = Actor.forUnit("ubnd-tinh@QNA", "UBND tỉnh Quảng Nam", ActorRole.PROVINCIAL_COMMITTEE, QNA);
    static final Actor DA_NANG = Actor.forUnit("ban-dan-toc@DNG", "Ban Dân tộc thành phố Đà Nẵng", ActorRole.PROVINCIAL_COMMITTEE, DNG);
    static final Actor SPONSOR_ACCOUNTANT = Actor.forSponsor("ke-toan@stc", "Sở Tài chính", SPONSOR);
    static final Actor OTHER_SPONSOR_ACCOUNTANT = Actor.forSponsor("ke-toan@syt", "Sở Y tế", OTHER_SPONSOR);
    static final Actor AUDITOR = Fixtures.actor(ActorRole.AUDITOR, QNA);
    static final Actor PUBLIC = Fixtures.actor(ActorRole.PUBLIC, QNA);
    static final Actor GROUP_LEADER = Fixtures.actor(ActorRole.GROUP_LEADER, A_XAN);

    final InMemoryEventStore store = new InMemoryEventStore();
    final Ledger ledger = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).eventStore(store).clock(Fixtures.CLOCK).build()
            .ledger();

    DutyFixtures() {
        ledger.submit(DeclareProgramme.builder().actor(SYSTEM).unitCode(QNA).occurredOn(START).terms(programme()).build());
        for (String sponsor : List.of(SPONSOR, OTHER_SPONSOR)) {
            ledger.submit(RegisterSponsor.builder().actor(SYSTEM).unitCode(QNA).occurredOn(START)
                    .sponsor(Sponsor.builder().id(sponsor).name(sponsor).kind(SponsorKind.DEPARTMENT).build()).build());
        }
        ledger.submit(SignAgreement.builder().actor(SYSTEM).unitCode(QNA).occurredOn(START)
                .agreement(TwinningAgreement.builder().id("kn-tay-giang").recipientUnitCode(TAY_GIANG).validFrom(START)
                        .addSponsorIds(SPONSOR).addModelIds(StandardModels.LIVESTOCK, StandardModels.TRAINING).build())
                .build());
        ledger.submit(declareCalendar(SYSTEM));
    }

    static ProgrammeTerms programme() {
        return ProgrammeTerms.builder().id(PROGRAMME).titleVi("Thí điểm các mô hình hỗ trợ phát triển kinh tế - xã hội")
                .decision("Kế hoạch thí điểm").provinceCode(QNA).start(START).years(5).addDistrictCodes(TAY_GIANG)
                .addPilotCommuneCodes(A_XAN, A_NONG).build();
    }

    static List<ReportingDuty> calendar() {
        return List.of(duty(COMMUNE_ANNUAL, DutyKind.ANNUAL, ReportingTier.COMMUNE, 10),
                duty(HOUSEHOLD_LIST, DutyKind.ANNUAL, ReportingTier.COMMUNE, -16).withSubmissionKind(SubmissionKind.SUPPORTED_HOUSEHOLD_LIST),
                duty(DISTRICT_ANNUAL, DutyKind.ANNUAL, ReportingTier.DISTRICT, 20),
                duty(PROVINCE_ANNUAL, DutyKind.ANNUAL, ReportingTier.PROVINCE, 31),
                duty(SPONSOR_ANNUAL, DutyKind.ANNUAL, ReportingTier.SPONSOR, 15),
                duty(INTERIM, DutyKind.INTERIM_REVIEW, ReportingTier.COMMUNE, 30).withAfterYears(3),
                duty(FINAL, DutyKind.FINAL_REVIEW, ReportingTier.PROVINCE, 45));
    }

    static ImmutableReportingDuty duty(String id, DutyKind kind, ReportingTier tier, int deadlineDays) {
        return (ImmutableReportingDuty) ReportingDuty.builder().dutyId(id).titleVi("Báo cáo " + id).kind(kind).tier(tier)
                .deadlineDaysAfterPeriodEnd(deadlineDays).build();
    }

    static DeclareReportingDuties declareCalendar(Actor actor) {
        return DeclareReportingDuties.builder().actor(actor).unitCode(QNA).occurredOn(START).programmeId(PROGRAMME).addAllDuties(calendar())
                .build();
    }

    static String hash(String content) {
        return ReportContent.sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    /** A report of {@code unit} answering the duty's period, its content being {@code content}. */
    static SubmitReport submit(Actor actor, String unit, String submissionId, String dutyId, String periodKey, LocalDate on, String content) {
        return SubmitReport.builder().actor(actor).unitCode(unit).occurredOn(on).submissionId(submissionId).programmeId(PROGRAMME)
                .dutyId(dutyId).periodKey(periodKey).submissionKind(SubmissionKind.REPORT).contentSha256(hash(content))
                .dispatchNumber("12/BC-UBND").dispatchDate(on).build();
    }

    static SubmitReport sponsorReport(Actor actor, String sponsorId, String unit, String submissionId, String periodKey, LocalDate on) {
        return SubmitReport.builder().actor(actor).unitCode(unit).sponsorId(sponsorId).occurredOn(on).submissionId(submissionId)
                .programmeId(PROGRAMME).dutyId(SPONSOR_ANNUAL).periodKey(periodKey).submissionKind(SubmissionKind.REPORT)
                .contentSha256(hash(submissionId)).dispatchNumber("7/BC-STC").dispatchDate(on).build();
    }

    static ApproveReport approve(Actor actor, String unit, String submissionId, LocalDate on) {
        return ApproveReport.builder().actor(actor).unitCode(unit).occurredOn(on).submissionId(submissionId).build();
    }

    static ReturnReport returnForCorrection(Actor actor, String unit, String submissionId, LocalDate on) {
        return ReturnReport.builder().actor(actor).unitCode(unit).occurredOn(on).submissionId(submissionId)
                .reasonVi("Số hộ được hỗ trợ không khớp danh sách").build();
    }

    static ReopenReport reopen(Actor actor, String unit, String submissionId, LocalDate on) {
        return ReopenReport.builder().actor(actor).unitCode(unit).occurredOn(on).submissionId(submissionId)
                .reasonVi("Phát hiện sai sót số liệu sau khi duyệt").build();
    }

    AdministrativeRegistry units() {
        return ledger.administrativeUnits();
    }

    List<DutyStatus> statuses(LocalDate asOf) {
        return ledger.read(ReportingDuties.class, duties -> duties.statuses(PROGRAMME, asOf, units()));
    }

    List<OverdueSubmission> lateAndMissing(LocalDate asOf) {
        return ledger.read(ReportingDuties.class, duties -> duties.lateAndMissing(PROGRAMME, asOf, units()));
    }

    ReportStatus status(String dutyId, String periodKey, Reporter reporter, LocalDate asOf) {
        return statuses(asOf).stream().filter(s -> s.obligation().dutyId().equals(java.util.Optional.of(dutyId))
                && s.obligation().period().key().equals(periodKey) && s.obligation().reporter().equals(reporter))
                .map(DutyStatus::status).findFirst().orElseThrow(() -> new AssertionError("not owed: " + dutyId + " " + periodKey + " " + reporter));
    }

    /** Asserts that {@code command} is refused with every code given, appends nothing and changes no status. */
    void assertRefused(Command command, ErrorCode... expected) {
        long before = store.size();
        LocalDate asOf = LocalDate.of(2027, 12, 31);
        List<DutyStatus> statuses = statuses(asOf);
        assertThatThrownBy(() -> ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class, refused -> {
            for (ErrorCode code : expected) {
                assertThat(refused.has(code)).as(refused.getMessage()).isTrue();
            }
        });
        assertThat(store.size()).as("a refused command appends nothing").isEqualTo(before);
        assertThat(statuses(asOf)).as("a refused command changes no status").isEqualTo(statuses);
    }
}
