package org.ketnghia.startup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.funding.ContributionForm;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.BusinessRegistration;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.OrganisationKind;
import org.ketnghia.testing.Participants;
import org.ketnghia.core.participant.PersonRole;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.RegisterOrganisation;
import org.ketnghia.core.participant.RegisterPerson;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.UnionMembership;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.programme.DeclareProgramme;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.programme.SpendingNorm;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.policy.Certificate;
import org.ketnghia.startup.policy.ProjectKind;
import org.ketnghia.startup.policy.StartupNorms;
import org.ketnghia.startup.project.ApproveApplication;
import org.ketnghia.startup.project.CloseProject;
import org.ketnghia.startup.project.ProjectOutcome;
import org.ketnghia.startup.project.RejectApplication;
import org.ketnghia.startup.project.CounterpartPledge;
import org.ketnghia.startup.project.DisburseTranche;
import org.ketnghia.startup.project.ItemAmount;
import org.ketnghia.startup.project.Milestone;
import org.ketnghia.startup.project.OpenCall;
import org.ketnghia.startup.project.RecordFollowUp;
import org.ketnghia.startup.project.RecordMilestone;
import org.ketnghia.startup.project.ScreenCall;
import org.ketnghia.startup.project.SubmitApplication;
import org.ketnghia.startup.project.TranchePlan;
import org.ketnghia.startup.project.ValueChainLink;

/** A runtime with the start-up model over the test units of Tây Giang, and builders for its commands. */
final class StartupTestKit {

    static final String A_XAN = Participants.A_XAN;
    static final String A_UR = Participants.A_UR;
    static final String A_NONG = Participants.A_NONG;
    static final String PA_RONG = Participants.PA_RONG;
    static final String TAY_GIANG = Participants.TAY_GIANG_DISTRICT;
    static final LocalDate REGISTERED = LocalDate.of(2023, 6, 1);
    static final LocalDate OPENED = LocalDate.of(2024, 3, 1);
    static final LocalDate DEADLINE = LocalDate.of(2024, 4, 30);
    static final LocalDate APPLIED = LocalDate.of(2024, 4, 10);
    static final LocalDate SCREENED = LocalDate.of(2024, 5, 10);
    static final LocalDate APPROVED = LocalDate.of(2024, 5, 20);
    static final LocalDate FIRST_PAID = LocalDate.of(2024, 6, 3);
    static final LocalDate MILESTONE = LocalDate.of(2024, 9, 2);
    static final LocalDate SECOND_PAID = LocalDate.of(2024, 9, 16);
    static final LocalDate FIRST_FOLLOW_UP = LocalDate.of(2025, 5, 25);
    static final String CALL = "kg-khoi-nghiep-2024";
    static final String SOURCE = "nguon-doanh-nghiep";

    static final String PROGRAMME = "quang-nam-2021";
    /** The programme's norm of support per project in the samples: 35 million đồng, below the kit's 40 million approvals. */
    static final Money SUPPORT_NORM = Money.ofMillions(35);
    static final LocalDate DECLARED = LocalDate.of(2025, 1, 2);
    static final String CALL_2025 = "kg-khoi-nghiep-2025";
    static final LocalDate OPENED_2025 = LocalDate.of(2025, 3, 1);
    static final LocalDate APPLIED_2025 = LocalDate.of(2025, 4, 10);
    static final LocalDate SCREENED_2025 = LocalDate.of(2025, 5, 10);
    static final LocalDate APPROVED_2025 = LocalDate.of(2025, 5, 20);

    final KetnghiaRuntime runtime;
    final Ledger ledger;
    private final List<Command> submitted = new ArrayList<>();
    private boolean sourceRegistered;

    /** A kit over the Quảng Nam 2021 configuration. */
    StartupTestKit() {
        this(StartupConfiguration.quangNam2021());
    }

    /** A kit over {@code configuration}. */
    StartupTestKit(StartupConfiguration configuration) {
        runtime = KetnghiaRuntime.builder().addModel(new StartupModel(configuration))
                .administrativeUnits(Participants.units()).clock(Fixtures.CLOCK).build();
        ledger = runtime.ledger();
    }

    /** Submits {@code command} to the ledger and remembers it among {@link #submitted()}. */
    void submit(Command command) {
        ledger.submit(command);
        submitted.add(command);
    }

    /** The commands submitted through {@link #submit} (and so by every method of this kit), in order. */
    List<Command> submitted() {
        return List.copyOf(submitted);
    }

    void household(String id, String village, String commune, String head, Sex sex, String ethnicity,
            PovertyCategory category) {
        submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(REGISTERED)
                .householdId(id).villageCode(village).ethnicity(ethnicity)
                .addMembers(HouseholdMember.of(head, sex, 1985, HouseholdRelation.HEAD)).build());
        submit(Participants.status(id, commune, 2024, category));
    }

    void person(String id, String commune, String name, Sex sex, Optional<String> ethnicity,
            UnionMembership... unions) {
        submit(RegisterPerson.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(REGISTERED)
                .personId(id).fullName(name).sex(sex).birthYear(1998).ethnicity(ethnicity)
                .addRoles(PersonRole.ENTREPRENEUR).addUnions(unions).build());
    }

    void organisation(String id, String commune, OrganisationKind kind, boolean registered, String... households) {
        submit(RegisterOrganisation.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(REGISTERED)
                .organisationId(id).name("Tổ chức " + id).kind(kind)
                .businessRegistration(registered ? Optional.of(registration(id)) : Optional.empty())
                .addMemberHouseholdIds(households).build());
    }

    static BusinessRegistration registration(String id) {
        return new BusinessRegistration("DKKD-" + id, LocalDate.of(2023, 1, 5), "Phòng Tài chính - Kế hoạch huyện Tây Giang");
    }

    void fund(String commune, String receiptId, Money amount) {
        if (!sourceRegistered) {
            submit(RegisterFundingSource.builder().actor(Fixtures.PROVINCE).unitCode("QNA").occurredOn(OPENED)
                    .sourceId(SOURCE).name("Doanh nghiệp đồng hành khởi nghiệp").kind(FundingSourceKind.ENTERPRISE)
                    .build());
            sourceRegistered = true;
        }
        submit(RecordReceipt.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(OPENED)
                .receiptId(receiptId).unpledged(true).sourceId(SOURCE).modelId(StartupModel.ID).amount(amount).build());
    }

    OpenCall openCall(String callId, String unit, Money budget) {
        return OpenCall.builder().actor(Fixtures.PROVINCE).unitCode(unit).occurredOn(OPENED).callId(callId)
                .title("Kêu gọi hồ sơ khởi nghiệp năm 2024").deadline(DEADLINE).budget(budget).build();
    }

    /** A complete, eligible application: 40 M of seedlings for bananas, 10 M cash counterpart, offtake, all declarations. */
    static SubmitApplication.Builder application(String applicationId, String commune, ApplicantKind kind,
            String applicantId, String listedHousehold) {
        SubmitApplication.Builder builder = SubmitApplication.builder();
        builder.actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(APPLIED).applicationId(applicationId)
                .callId(CALL).applicantKind(kind).applicantId(applicantId).sectorId("fruit").productId("banana")
                .projectKind(ProjectKind.COMMUNITY).descriptionVi("Trồng chuối tiêu hồng theo chuỗi liên kết")
                .addRequestedItems(ItemAmount.of("seedlings", Money.ofMillions(30)),
                        ItemAmount.of("fertiliser", Money.ofMillions(10)))
                .addCounterpart(new CounterpartPledge(ContributionForm.LABOUR, Money.ofMillions(10), "Ngày công làm đất"))
                .valueChainLink(new ValueChainLink(ValueChainLink.Kind.OFFTAKE, "HTX Nông nghiệp Tây Giang",
                        "HĐ 12/2024/HĐLK ngày 02/3/2024"))
                .certificates(List.of(Certificate.values())).listedHouseholdId(listedHousehold);
        return builder;
    }

    /** Approves 30 M seedlings + 10 M fertiliser: tranche 1 advance of 20 M seedlings, tranche 2 after "m1". */
    static ApproveApplication approval(String applicationId, String commune) {
        return ApproveApplication.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(APPROVED)
                .applicationId(applicationId).decisionReference("QĐ " + applicationId + "/QĐ-UBND")
                .addApprovedItems(ItemAmount.of("seedlings", Money.ofMillions(30)),
                        ItemAmount.of("fertiliser", Money.ofMillions(10)))
                .addMilestones(new Milestone("m1", "Trồng xong 2 ha chuối"))
                .addTranches(new TranchePlan(1, Optional.empty(), List.of(ItemAmount.of("seedlings", Money.ofMillions(20)))),
                        new TranchePlan(2, Optional.of("m1"), List.of(ItemAmount.of("seedlings", Money.ofMillions(10)),
                                ItemAmount.of("fertiliser", Money.ofMillions(10)))))
                .build();
    }

    static ScreenCall screen(String callId) {
        return ScreenCall.builder().actor(Fixtures.PROVINCE).unitCode(TAY_GIANG).occurredOn(SCREENED).callId(callId)
                .build();
    }

    static DisburseTranche tranche(String applicationId, String commune, int number, LocalDate date,
            ItemAmount... items) {
        return DisburseTranche.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(date)
                .applicationId(applicationId).trancheNumber(number).addItems(items)
                .expenditureId("chi-" + applicationId + "-" + number).documentReference("PC-" + applicationId + "-" + number)
                .build();
    }

    static RecordMilestone milestone(String applicationId, String commune) {
        return RecordMilestone.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(MILESTONE)
                .applicationId(applicationId).milestoneId("m1").evidence("Biên bản nghiệm thu ngày 02/9/2024").build();
    }

    static RecordFollowUp.Builder followUp(String applicationId, String commune, int year, LocalDate date) {
        RecordFollowUp.Builder builder = RecordFollowUp.builder();
        builder.actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(date).applicationId(applicationId).year(year)
                .stillOperating(true).revenue(Money.ofMillions(80)).jobsCreated(3).jobsForWomen(2)
                .jobsForEthnicMinorities(3);
        return builder;
    }

    static final LocalDate FAILED_FOLLOW_UP = LocalDate.of(2025, 3, 10);
    static final LocalDate FAILED_ON = LocalDate.of(2025, 3, 15);
    static final LocalDate COMPLETED_ON = LocalDate.of(2025, 6, 15);
    static final Money CALL_BUDGET = Money.ofMillions(250);

    /** The participants of the call: households of A Ur (A Xan) and Pà Rồng (A Nông), persons, organisations. */
    void registerParticipants() {
        household("HN-01", A_UR, A_XAN, "Bríu Thị Hoa", Sex.FEMALE, "Cơ Tu", PovertyCategory.POOR);
        household("HN-02", A_UR, A_XAN, "Alăng Văn Bốn", Sex.MALE, "Cơ Tu", PovertyCategory.NEAR_POOR);
        household("HN-03", A_UR, A_XAN, "Nguyễn Văn Tâm", Sex.MALE, "Kinh", PovertyCategory.AVERAGE_LIVING_STANDARD);
        household("HN-04", A_UR, A_XAN, "Zơrâm Thị Lan", Sex.FEMALE, "Cơ Tu", PovertyCategory.NEWLY_ESCAPED);
        household("HN-05", A_UR, A_XAN, "Bhling Văn Dũng", Sex.MALE, "Cơ Tu", PovertyCategory.POOR);
        household("HN-06", A_UR, A_XAN, "Lê Văn Hùng", Sex.MALE, "Kinh", PovertyCategory.ABOVE_AVERAGE);
        household("HN-07", PA_RONG, A_NONG, "Phạm Thị Hà", Sex.FEMALE, "Kinh", PovertyCategory.AVERAGE_LIVING_STANDARD);
        person("P-01", A_XAN, "Cơlâu Thị Nhí", Sex.FEMALE, Optional.of("Cơ Tu"), UnionMembership.YOUTH_UNION);
        person("P-02", A_XAN, "Trần Văn Nam", Sex.MALE, Optional.of("Kinh"));
        person("P-03", A_XAN, "Hồ Văn Sơn", Sex.MALE, Optional.of("Kinh"));
        organisation("NH-01", A_XAN, OrganisationKind.HOUSEHOLD_GROUP, false, "HN-01", "HN-02", "HN-05");
        organisation("CLB-01", A_XAN, OrganisationKind.CLUB, false, "HN-03", "HN-06");
        organisation("HTX-01", A_XAN, OrganisationKind.COOPERATIVE, true, "HN-01", "HN-04");
        organisation("THT-01", A_XAN, OrganisationKind.COOPERATIVE_GROUP, true, "HN-02", "HN-04");
        organisation("DN-01", A_NONG, OrganisationKind.ENTERPRISE, true);
    }

    /** Participants, money received by both communes, and the call opened for the whole district. */
    void prepareCall() {
        registerParticipants();
        fund(A_XAN, "thu-a-xan", Money.ofMillions(200));
        fund(A_NONG, "thu-a-nong", Money.ofMillions(50));
        submit(openCall(CALL, TAY_GIANG, CALL_BUDGET));
    }

    /** One application of each applicant kind (A-05, the club, fails the participation rule). */
    void submitApplications() {
        submit(application("A-01", A_XAN, ApplicantKind.INDIVIDUAL, "P-01", "HN-04").build());
        submit(application("A-02", A_XAN, ApplicantKind.INDIVIDUAL_GROUP, "P-02", "HN-03")
                .addMemberPersonIds("P-03").sectorId("processing").productId("brocade")
                .requestedItems(List.of(ItemAmount.of("machinery", Money.ofMillions(30)),
                        ItemAmount.of("packaging-label-design", Money.ofMillions(10))))
                .build());
        submit(application("A-03", A_XAN, ApplicantKind.PRODUCTION_HOUSEHOLD, "HN-05", "HN-05")
                .businessRegistration(registration("HN-05")).build());
        submit(application("A-04", A_XAN, ApplicantKind.HOUSEHOLD_GROUP, "NH-01", "HN-01").build());
        submit(application("A-05", A_XAN, ApplicantKind.CLUB, "CLB-01", "HN-03").build());
        submit(application("A-06", A_XAN, ApplicantKind.COOPERATIVE, "HTX-01", "HN-01")
                .sectorId("medicinal-plants").productId("sa-nhan").build());
        submit(application("A-07", A_XAN, ApplicantKind.COOPERATIVE_GROUP, "THT-01", "HN-02")
                .leaderPersonId("P-01").build());
        submit(application("A-08", A_NONG, ApplicantKind.ENTERPRISE, "DN-01", "HN-07")
                .participantHouseholdIds(List.of("HN-05", "HN-07"))
                .counterpart(List.of(new CounterpartPledge(ContributionForm.CASH, Money.ofMillions(20), "Vốn tự có")))
                .build());
    }

    static final List<String> APPROVED_IDS = List.of("A-01", "A-03", "A-04", "A-06", "A-07", "A-08");

    static String communeOf(String applicationId) {
        return applicationId.equals("A-08") ? A_NONG : A_XAN;
    }

    /** The whole call: screening, approvals and rejections, tranches, follow-up, one failure, one completion. */
    void playCall() {
        prepareCall();
        submitApplications();
        submit(screen(CALL));
        for (String id : APPROVED_IDS) {
            submit(approval(id, communeOf(id)));
        }
        submit(reject("A-02", "Đủ điều kiện nhưng xếp hạng thấp, vượt kinh phí của đợt"));
        submit(reject("A-05", "Không đạt tỷ lệ hộ hưởng lợi tối thiểu 50%"));
        for (String id : APPROVED_IDS) {
            submit(tranche(id, communeOf(id), 1, FIRST_PAID, ItemAmount.of("seedlings", Money.ofMillions(20))));
        }
        submit(followUp("A-07", A_XAN, 1, FAILED_FOLLOW_UP).stillOperating(false).revenue(Money.ofMillions(5))
                .jobsCreated(0).jobsForWomen(0).jobsForEthnicMinorities(0).build());
        submit(close("A-07", A_XAN, ProjectOutcome.FAILED, FAILED_ON, "Chuối chết do lũ, tổ hợp tác giải thể"));
        for (String id : APPROVED_IDS) {
            if (!id.equals("A-07")) {
                submit(milestone(id, communeOf(id)));
                submit(tranche(id, communeOf(id), 2, SECOND_PAID, ItemAmount.of("seedlings", Money.ofMillions(10)),
                        ItemAmount.of("fertiliser", Money.ofMillions(10))));
                submit(followUp(id, communeOf(id), 1, FIRST_FOLLOW_UP).addCertifications("OCOP 3 sao").build());
            }
        }
        submit(close("A-01", A_XAN, ProjectOutcome.COMPLETED, COMPLETED_ON, "Hoàn thành, đang kinh doanh ổn định"));
    }

    static RejectApplication reject(String applicationId, String reason) {
        return RejectApplication.builder().actor(Fixtures.PROVINCE).unitCode(communeOf(applicationId))
                .occurredOn(APPROVED).applicationId(applicationId).reasonVi(reason).build();
    }

    static CloseProject close(String applicationId, String commune, ProjectOutcome outcome, LocalDate date,
            String reason) {
        return CloseProject.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(date)
                .applicationId(applicationId).outcome(outcome).reasonVi(reason).build();
    }

    /**
     * The plan declared in the ledger: its districts (the pilot commune A Xan when Tây Giang is among them), and a
     * norm of {@link #SUPPORT_NORM} support per project.
     */
    static DeclareProgramme programme(String... districts) {
        return programme(SUPPORT_NORM, districts);
    }

    /** {@link #programme(String...)} with a norm of {@code norm} support per project. */
    static DeclareProgramme programme(Money norm, String... districts) {
        ProgrammeTerms.Builder terms = ProgrammeTerms.builder().id(PROGRAMME)
                .titleVi("Thí điểm các mô hình hỗ trợ phát triển kinh tế - xã hội qua công tác kết nghĩa")
                .decision("Kế hoạch thí điểm các mô hình qua công tác kết nghĩa")
                .addLegalBases("Quyết định số 3651/QĐ-UBND ngày 13/12/2021").provinceCode("QNA")
                .start(LocalDate.of(2022, 1, 3)).years(5).addDistrictCodes(districts)
                .addNorms(SpendingNorm.builder().key(StartupNorms.SUPPORT_PER_PROJECT).amount(norm).unit("dự án")
                        .legalBasis("Kế hoạch kết nghĩa 2021, mục 2.7").build());
        if (List.of(districts).contains(TAY_GIANG)) {
            terms.addPilotCommuneCodes(A_XAN);
        }
        return DeclareProgramme.builder().actor(Fixtures.PROVINCE).unitCode("QNA").occurredOn(DECLARED)
                .terms(terms.build()).build();
    }

    /** {@link #approval} of 40 million đồng, on another day. */
    static ApproveApplication approvalOn(String applicationId, String commune, LocalDate date) {
        return ApproveApplication.builder().from(approval(applicationId, commune)).occurredOn(date).build();
    }

    /**
     * After {@link #playCall()}: the plan declared for Tây Giang with its norm, the 2025 call of the district, two
     * individual applications of A Xan (A-11 by P-03, A-12 by P-02) screened eligible, and A-11 approved 40 million
     * đồng above the norm with a justification. A-12 is left eligible.
     */
    void playProgrammeCall() {
        submit(programme(TAY_GIANG));
        submit(OpenCall.builder().actor(Fixtures.PROVINCE).unitCode(TAY_GIANG).occurredOn(OPENED_2025).callId(CALL_2025)
                .title("Kêu gọi hồ sơ khởi nghiệp năm 2025").deadline(LocalDate.of(2025, 4, 30))
                .budget(Money.ofMillions(100)).build());
        submit(application("A-11", A_XAN, ApplicantKind.INDIVIDUAL, "P-03", "HN-06").callId(CALL_2025)
                .occurredOn(APPLIED_2025).build());
        submit(application("A-12", A_XAN, ApplicantKind.INDIVIDUAL, "P-02", "HN-03").callId(CALL_2025)
                .occurredOn(APPLIED_2025).build());
        submit(ScreenCall.builder().actor(Fixtures.PROVINCE).unitCode(TAY_GIANG).occurredOn(SCREENED_2025)
                .callId(CALL_2025).build());
        submit(ApproveApplication.builder().from(approvalOn("A-11", A_XAN, APPROVED_2025))
                .aboveNormJustification("Giá giống chuối tiêu hồng năm 2025 tăng; UBND huyện đồng ý tại Công văn 45/UBND")
                .build());
    }

    /** Approves one item in one tranche paid on approval. */
    static ApproveApplication singleTrancheApproval(String applicationId, String commune, String itemId, long millions) {
        ItemAmount item = ItemAmount.of(itemId, Money.ofMillions(millions));
        return ApproveApplication.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(APPROVED)
                .applicationId(applicationId).decisionReference("QĐ " + applicationId + "/QĐ-UBND")
                .addApprovedItems(item).addTranches(new TranchePlan(1, Optional.empty(), List.of(item))).build();
    }
}
