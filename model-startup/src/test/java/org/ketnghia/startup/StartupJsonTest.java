package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.startup.StartupTestKit.A_XAN;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.eligibility.EligibilityReason;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.policy.AreaDifficulty;
import org.ketnghia.startup.project.ApplicationApproved;
import org.ketnghia.startup.project.ApprovalFacts;
import org.ketnghia.startup.project.ApproveApplication;
import org.ketnghia.startup.project.ApplicationRejected;
import org.ketnghia.startup.project.ApplicationScreened;
import org.ketnghia.startup.project.ApplicationSubmitted;
import org.ketnghia.startup.project.CallOpened;
import org.ketnghia.startup.project.FollowUpRecorded;
import org.ketnghia.startup.project.ItemAmount;
import org.ketnghia.startup.project.ApprovalAmended;
import org.ketnghia.startup.project.Milestone;
import org.ketnghia.startup.project.MilestoneReached;
import org.ketnghia.startup.project.ProjectClosed;
import org.ketnghia.startup.project.ProjectOutcome;
import org.ketnghia.startup.project.SubmitApplication;
import org.ketnghia.startup.project.TrancheDisbursed;
import org.ketnghia.startup.project.TranchePlan;

/** Every event and command type of the model survives a JSON round trip through its base type. */
class StartupJsonTest {

    /** An application filed through its handler, in the JSON recorded before commands and events shared their facts. */
    private static final String RECORDED_APPLICATION =
            "{\"type\":\"startup.application-submitted\",\"applicantId\":\"P-01\","
            + "\"applicantKind\":\"INDIVIDUAL\",\"applicationId\":\"A-01\","
            + "\"areaDifficulty\":\"ESPECIALLY_DIFFICULT\",\"businessRegistration\":null,"
            + "\"callId\":\"kg-khoi-nghiep-2024\",\"certificates\":[\"QUALITY\",\"FOOD_SAFETY\","
            + "\"DISEASE_SAFETY\",\"ENVIRONMENT\"],\"counterpart\":[{\"description\":\"Ngày công làm đất\","
            + "\"form\":\"LABOUR\",\"value\":10000000}],"
            + "\"descriptionVi\":\"Trồng chuối tiêu hồng theo chuỗi liên kết\",\"leaderPersonId\":null,"
            + "\"ledByEthnicMinority\":true,\"ledByWoman\":true,\"listedHouseholdId\":\"HN-04\","
            + "\"memberPersonIds\":[],\"participantHouseholdIds\":[],\"productId\":\"banana\","
            + "\"projectKind\":\"COMMUNITY\",\"requestedItems\":[{\"amount\":30000000,"
            + "\"itemId\":\"seedlings\"},{\"amount\":10000000,\"itemId\":\"fertiliser\"}],"
            + "\"sectorId\":\"fruit\",\"studentInArea\":false,"
            + "\"valueChainLink\":{\"agreementReference\":\"HĐ 12/2024/HĐLK ngày 02/3/2024\","
            + "\"kind\":\"OFFTAKE\",\"partnerName\":\"HTX Nông nghiệp Tây Giang\"}}";

    private final StartupTestKit kit = new StartupTestKit();
    private final ObjectMapper mapper = kit.runtime.objectMapper();

    static List<Command> commands() {
        return List.of(new StartupTestKit().openCall("kg-1", StartupTestKit.TAY_GIANG, Money.ofMillions(100)),
                StartupTestKit.application("A-1", A_XAN, ApplicantKind.COOPERATIVE, "HTX-01", "HN-01")
                        .leaderPersonId("P-01").addMemberPersonIds("P-03").studentInArea(true)
                        .businessRegistration(StartupTestKit.registration("HTX-01")).build(),
                StartupTestKit.screen("kg-1"), StartupTestKit.approval("A-1", A_XAN),
                StartupTestKit.reject("A-1", "Thiếu kinh phí"), StartupTestKit.milestone("A-1", A_XAN),
                StartupTestKit.tranche("A-1", A_XAN, 1, StartupTestKit.FIRST_PAID,
                        ItemAmount.of("seedlings", Money.ofDong(20_000_001))),
                StartupTestKit.followUp("A-1", A_XAN, 2, StartupTestKit.FIRST_FOLLOW_UP)
                        .addCertifications("OCOP 4 sao").build(),
                StartupTestKit.close("A-1", A_XAN, ProjectOutcome.FAILED, StartupTestKit.FAILED_ON, "Giải thể"),
                AmendmentTest.reduceSeedlings("A-1", A_XAN, AmendmentTest.AMENDED_ON));
    }

    static List<LedgerEvent> events() {
        SubmitApplication submit = (SubmitApplication) commands().get(1);
        List<ItemAmount> items = List.of(ItemAmount.of("seedlings", Money.ofMillions(30)));
        return List.of(
                CallOpened.builder().callId("kg-1").title("Kêu gọi 2024").deadline(LocalDate.of(2024, 4, 30))
                        .budget(Money.ofMillions(100)).build(),
                ApplicationSubmitted.builder().applicationId(submit.applicationId()).callId(submit.callId())
                        .applicantKind(submit.applicantKind()).applicantId(submit.applicantId())
                        .memberPersonIds(submit.memberPersonIds()).leaderPersonId(submit.leaderPersonId())
                        .sectorId(submit.sectorId()).productId(submit.productId()).projectKind(submit.projectKind())
                        .descriptionVi(submit.descriptionVi()).participantHouseholdIds(List.of("HN-01", "HN-04"))
                        .requestedItems(submit.requestedItems()).counterpart(submit.counterpart())
                        .valueChainLink(submit.valueChainLink()).certificates(submit.certificates())
                        .businessRegistration(submit.businessRegistration()).studentInArea(true)
                        .listedHouseholdId("HN-01").areaDifficulty(AreaDifficulty.DIFFICULT).ledByWoman(true)
                        .ledByEthnicMinority(true).build(),
                ApplicationScreened.builder().applicationId("A-1").callId("kg-1").rank(2).eligible(false)
                        .priorityScore(5).conditions(List.of(new EligibilityReason("startup.local-plan", false,
                                "Không có trong quy hoạch", "Not planned", Map.of("unit", "QNA.TAY-GIANG"))))
                        .priorities(List.of(new EligibilityReason("startup.priority.woman-led", true, "Phụ nữ",
                                "Woman", Map.of())))
                        .build(),
                ApplicationApproved.builder().applicationId("A-1").callId("kg-1").decisionReference("QĐ 1")
                        .approvedItems(items).milestones(List.of(new Milestone("m1", "Trồng xong")))
                        .tranches(List.of(new TranchePlan(1, Optional.of("m1"), items)))
                        .applicantKind(ApplicantKind.CLUB).sectorId("fruit").counterpartValue(Money.ofMillions(3))
                        .ledByWoman(true).build(),
                ApplicationRejected.builder().applicationId("A-1").reasonVi("Thiếu kinh phí").build(),
                MilestoneReached.builder().applicationId("A-1").milestoneId("m1").evidence("Biên bản").build(),
                TrancheDisbursed.builder().applicationId("A-1").trancheNumber(1).items(items).expenditureId("chi-1")
                        .householdId("HN-01").pilotModelId("startup").supportDescriptionVi("Hỗ trợ khởi nghiệp")
                        .supportDescriptionEn("Start-up support").value(Money.ofMillions(30))
                        .supportedOn(LocalDate.of(2024, 6, 3)).build(),
                FollowUpRecorded.builder().applicationId("A-1").year(3).stillOperating(true)
                        .revenue(Money.ofDong(123_456_789)).jobsCreated(4).jobsForWomen(3).jobsForEthnicMinorities(2)
                        .addCertifications("OCOP 3 sao").build(),
                ProjectClosed.builder().applicationId("A-1").outcome(ProjectOutcome.COMPLETED).reasonVi("Xong").build());
    }

    /** Samples of the events added after {@code recorded-events.jsonl} was pinned (issue 18). */
    static List<LedgerEvent> laterEvents() {
        List<ItemAmount> items = List.of(ItemAmount.of("seedlings", Money.ofMillions(30)));
        return List.of(ApprovalAmended.builder().applicationId("A-1").decisionReference("QĐ 2").approvedItems(items)
                        .tranches(List.of(new TranchePlan(1, Optional.empty(), items))).reason("Bỏ mốc")
                        .previousTotal(Money.ofMillions(40)).aboveNormJustification("Công văn 45/UBND").build());
    }


    @Test
    void anApplicationFiledThroughItsHandler_isStoredWithExactlyTheRecordedJson() throws Exception {
        kit.prepareCall();
        kit.ledger.submit(StartupTestKit.application("A-01", A_XAN, ApplicantKind.INDIVIDUAL, "P-01", "HN-04").build());

        LedgerEvent stored = kit.ledger.store().readAll().stream().map(envelope -> envelope.payload())
                .filter(ApplicationSubmitted.class::isInstance).findFirst().orElseThrow();

        assertThat(mapper.writerFor(LedgerEvent.class).writeValueAsString(stored)).isEqualTo(RECORDED_APPLICATION);
        assertThat(mapper.readValue(RECORDED_APPLICATION, LedgerEvent.class)).isEqualTo(stored);
    }

    @Test
    void theSamplesAndAPlayedCall_writeEveryEventAsRecorded_andRecordedEventsReadBackUnchanged() throws Exception {
        List<String> recorded;
        try (var input = StartupJsonTest.class.getResourceAsStream("recorded-events.jsonl")) {
            recorded = new String(input.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        ObjectWriter writer = mapper.writerFor(LedgerEvent.class);
        List<String> written = new ArrayList<>();
        for (LedgerEvent event : events()) {
            written.add(writer.writeValueAsString(event));
        }
        kit.playCall();
        for (var envelope : kit.ledger.store().readAll()) {
            written.add(writer.writeValueAsString(envelope.payload()));
        }

        assertThat(written).containsExactlyElementsOf(recorded);
        for (String json : recorded) {
            assertThat(writer.writeValueAsString(mapper.readValue(json, LedgerEvent.class))).isEqualTo(json);
        }
    }

    @Test
    void anApprovalAboveTheNorm_keepsItsJustificationInTheJson_oneWithoutLeavesTheFieldOut() throws Exception {
        ApproveApplication plain = StartupTestKit.approval("A-1", A_XAN);
        ApproveApplication justified = ApproveApplication.builder().from(plain)
                .aboveNormJustification("Giá giống tăng").build();
        assertThat(mapper.writeValueAsString(plain)).doesNotContain("aboveNormJustification");
        String json = mapper.writeValueAsString(justified);
        assertThat(json).contains("\"aboveNormJustification\":\"Giá giống tăng\"");
        assertThat(mapper.readValue(json, Command.class)).isEqualTo(justified);

        ApplicationApproved event = ApplicationApproved.builder().from((ApprovalFacts) justified).callId("kg-1")
                .applicantKind(ApplicantKind.INDIVIDUAL).sectorId("fruit").counterpartValue(Money.ofMillions(10)).build();
        String eventJson = mapper.writerFor(LedgerEvent.class).writeValueAsString(event);
        assertThat(eventJson).contains("\"aboveNormJustification\":\"Giá giống tăng\"");
        assertThat(mapper.readValue(eventJson, LedgerEvent.class)).isEqualTo(event);
        assertThat(mapper.writerFor(LedgerEvent.class).writeValueAsString(mapper.readValue(eventJson, LedgerEvent.class)))
                .isEqualTo(eventJson);
    }

    @Test
    void everyCommand_roundTripsThroughCommand() throws Exception {
        for (Command command : commands()) {
            String json = mapper.writeValueAsString(command);
            assertThat(json).contains("\"type\":\"startup.");
            Command back = mapper.readValue(json, Command.class);
            assertThat(back).isEqualTo(command);
            assertThat(mapper.writeValueAsString(back)).isEqualTo(json);
        }
    }

    private static List<LedgerEvent> allEvents() {
        List<LedgerEvent> all = new ArrayList<>(events());
        all.addAll(laterEvents());
        return all;
    }

    @Test
    void everyEvent_roundTripsThroughLedgerEvent() throws Exception {
        for (LedgerEvent event : allEvents()) {
            String json = mapper.writeValueAsString(event);
            LedgerEvent back = mapper.readValue(json, LedgerEvent.class);
            assertThat(back).isEqualTo(event);
            assertThat(mapper.writeValueAsString(back)).isEqualTo(json);
        }
    }

    @Test
    void theSamplesCoverEveryDeclaredType() {
        StartupModel model = new StartupModel(StartupConfiguration.quangNam2021());
        assertThat(model.eventTypes()).hasSize(10).allSatisfy(
                type -> assertThat(allEvents()).anySatisfy(event -> assertThat(event).isInstanceOf(type)));
        assertThat(Fixtures.commandTypes(model)).hasSize(10).allSatisfy(
                type -> assertThat(commands()).anySatisfy(command -> assertThat(command).isInstanceOf(type)));
    }

    @Test
    void commandsAndEventsOfAPlayedCall_roundTripAsStored() throws Exception {
        kit.playCall();
        for (var envelope : kit.ledger.store().readAll()) {
            LedgerEvent payload = envelope.payload();
            assertThat(mapper.readValue(mapper.writeValueAsString(payload), LedgerEvent.class)).isEqualTo(payload);
        }
    }
}
