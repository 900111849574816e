package org.ketnghia.training;

import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.DeclareProgramme;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.programme.SpendingNorm;
import org.ketnghia.testing.Participants;
import org.ketnghia.core.participant.PersonRole;
import org.ketnghia.core.participant.RegisterPerson;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.SponsorKind;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.course.EnrolOfficials;
import org.ketnghia.training.course.IssueCertificates;
import org.ketnghia.training.course.OpenClass;
import org.ketnghia.training.course.RecordAttendance;
import org.ketnghia.training.course.RecordClassCost;
import org.ketnghia.training.course.RecordScores;
import org.ketnghia.training.course.ScoreTest;

/** Shared test data: units of two districts, a runtime with the training model, command builders. */
final class TrainingFixtures {

    static final String QUANG_NAM = "QNA";
    static final String TAY_GIANG = "QNA.TAY-GIANG";
    static final String NAM_GIANG = "QNA.NAM-GIANG";
    static final String A_XAN = Participants.A_XAN;
    static final String CHOM = "QNA.TAY-GIANG.CHOM";
    static final String CA_DY = "QNA.NAM-GIANG.CA-DY";
    static final String A_UR = Participants.A_UR;
    static final String HUNG_SON = Participants.HUNG_SON;
    static final String SPONSOR = "so-van-hoa";
    static final String SOURCE = "kinh-phi-so-van-hoa";
    static final LocalDate REGISTERED = LocalDate.of(2021, 12, 1);
    static final LocalDate YEAR_START = LocalDate.of(2022, 1, 1);

    private TrainingFixtures() {
    }

    /** The model with the Quảng Nam 2021 plan's topics, named explicitly as a host would. */
    static TrainingModel model() {
        return new TrainingModel(TrainingConfiguration.quangNam2021());
    }

    static KetnghiaRuntime runtime() {
        return KetnghiaRuntime.builder().addModel(model()).administrativeUnits(Participants.units())
                .clock(Fixtures.CLOCK).build();
    }

    static void registerSponsor(Ledger ledger) {
        registerSponsor(ledger::submit);
    }

    /** Registers the sponsor through {@code sink}. */
    static void registerSponsor(CommandSink sink) {
        sink.submit(RegisterSponsor.builder().actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(REGISTERED)
                .sponsor(Sponsor.builder().id(SPONSOR).name("Sở Văn hóa, Thể thao và Du lịch")
                        .kind(SponsorKind.DEPARTMENT).build())
                .build());
    }

    /** Money for the training model received by {@code commune}. */
    static void fund(Ledger ledger, String commune, Money amount) {
        fund(ledger::submit, commune, amount);
    }

    /** Money for the training model received by {@code commune}, recorded through {@code sink}. */
    static void fund(CommandSink sink, String commune, Money amount) {
        sink.submit(RegisterFundingSource.builder().actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(REGISTERED)
                .sourceId(SOURCE).name("Kinh phí kết nghĩa của Sở Văn hóa").kind(FundingSourceKind.SPONSOR)
                .sponsorId(SPONSOR).build());
        sink.submit(MakePledge.builder().actor(PROVINCE).unitCode(commune).occurredOn(REGISTERED).sponsorId(SPONSOR)
                .pledgeId("cam-ket-" + commune).sourceId(SOURCE).modelId(TrainingModel.ID).amount(amount).build());
        sink.submit(RecordReceipt.builder().actor(PROVINCE).unitCode(commune).occurredOn(REGISTERED)
                .receiptId("thu-" + commune).pledgeId("cam-ket-" + commune).amount(amount).build());
    }

    static RegisterPerson official(String id, String name, Sex sex, String ethnicity, String position, String workUnit) {
        return RegisterPerson.builder().actor(PROVINCE).unitCode(workUnit).occurredOn(REGISTERED).personId(id)
                .fullName(name).sex(sex).birthYear(1985).ethnicity(ethnicity).addRoles(PersonRole.OFFICIAL)
                .position(position).workUnitCode(workUnit).build();
    }

    static OpenClass.Builder openClass(String id, String unit, OfficialLevel level, LocalDate opened,
            List<LocalDate> days, int capacity, String... topics) {
        OpenClass.Builder builder = OpenClass.builder();
        builder.actor(PROVINCE).unitCode(unit).occurredOn(opened).classId(id).title("Lớp " + id).targetLevel(level)
                .addTopicIds(topics).sessionDays(days).venue("Hội trường UBND").addTrainers("ThS. Nguyễn Văn An")
                .capacity(capacity);
        return builder;
    }

    static EnrolOfficials enrol(String classId, String unit, LocalDate date, String... people) {
        return EnrolOfficials.builder().actor(PROVINCE).unitCode(unit).occurredOn(date).classId(classId)
                .addPersonIds(people).build();
    }

    static RecordAttendance attendance(String classId, String unit, LocalDate day, String... present) {
        return RecordAttendance.builder().actor(PROVINCE).unitCode(unit).occurredOn(day).classId(classId)
                .addPresentPersonIds(present).build();
    }

    static RecordScores scores(String classId, String unit, LocalDate day, ScoreTest test, Map<String, Integer> scores) {
        return RecordScores.builder().actor(PROVINCE).unitCode(unit).occurredOn(day).classId(classId).test(test)
                .scores(scores).build();
    }

    /** Certificates issued in person id order, so that a played ledger is the same in every run. */
    static IssueCertificates certificates(String classId, String unit, LocalDate day, Map<String, String> numbers) {
        return IssueCertificates.builder().actor(PROVINCE).unitCode(unit).occurredOn(day).classId(classId)
                .certificateNumbers(new TreeMap<>(numbers)).build();
    }

    static RecordClassCost cost(String classId, String unit, LocalDate day, String costId, Money amount) {
        return RecordClassCost.builder().actor(PROVINCE).unitCode(unit).occurredOn(day).classId(classId)
                .costId(costId).description("Thù lao giảng viên, tài liệu").amount(amount)
                .documentReference("PC-" + costId).build();
    }

    static final String PROGRAMME = "quang-nam-2021";
    static final LocalDate DECLARED = LocalDate.of(2023, 1, 10);

    /**
     * The plan declared in the ledger on {@link #DECLARED} for {@code districts} (the pilot commune A Xan when Tây
     * Giang is among them) with {@code norms}.
     */
    static DeclareProgramme programme(List<String> districts, SpendingNorm... norms) {
        ProgrammeTerms.Builder terms = ProgrammeTerms.builder().id(PROGRAMME)
                .titleVi("Thí điểm các mô hình hỗ trợ phát triển kinh tế - xã hội qua công tác kết nghĩa")
                .decision("Kế hoạch thí điểm các mô hình qua công tác kết nghĩa")
                .addLegalBases("Quyết định số 3651/QĐ-UBND ngày 13/12/2021").provinceCode(QUANG_NAM)
                .start(LocalDate.of(2022, 1, 3)).years(5).districtCodes(districts).addNorms(norms);
        if (districts.contains(TAY_GIANG)) {
            terms.addPilotCommuneCodes(A_XAN);
        }
        return DeclareProgramme.builder().actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(DECLARED).terms(terms.build())
                .build();
    }

    /** A per-class norm of {@code millions} million đồng. */
    static SpendingNorm classNorm(String key, long millions) {
        return SpendingNorm.builder().key(key).amount(Money.ofMillions(millions)).unit("lớp")
                .legalBasis("Nghị quyết của HĐND tỉnh về mức chi bồi dưỡng cán bộ (minh họa)").build();
    }

    static List<LocalDate> days(LocalDate first, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(first::plusDays).toList();
    }
}
