package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.course.ClassCostRecorded;
import org.ketnghia.training.course.ClassOpened;
import org.ketnghia.training.course.OfficialReassigned;
import org.ketnghia.training.course.RecordClassCost;
import org.ketnghia.training.course.ScoreScale;
import org.ketnghia.training.course.ScoreTest;
import org.ketnghia.training.course.ScoresRecorded;
import org.ketnghia.training.course.TrainingClass;

/**
 * The exact JSON of the events whose facts their commands share: recorded ledgers are hashed over
 * these strings, so a change of field name, default or optional handling would break every chain.
 * The expected strings were written by the code before the facts were shared.
 */
class EventJsonTest {

    /** The number of events and the hash of the last one of {@link JsonRoundTripTest#playEveryEvent}. */
    private static final int HEAD_SEQUENCE = 60;
    private static final String HEAD_HASH = "363da28814782a5ba13d2f4b300d98784f2f2301d508165b6036ac4deaf42560";

    private final ObjectMapper mapper = TrainingFixtures.runtime().objectMapper();

    private String json(LedgerEvent event) throws Exception {
        return mapper.writeValueAsString(event);
    }

    static ClassOpened classOpened(boolean everyOption) {
        TrainingClass.Builder trainingClass = TrainingClass.builder().id("LOP-1").title("Lớp bồi dưỡng Tài chính")
                .unitCode("QNA.TAY-GIANG.A-XAN").targetLevel(OfficialLevel.COMMUNE).addTopicIds("planning", "finance")
                .sessionDays(List.of(LocalDate.of(2022, 5, 11), LocalDate.of(2022, 5, 12))).venue("Hội trường UBND xã")
                .addTrainers("ThS. Nguyễn Văn An", "CN. Bríu Thị Hoa").capacity(30);
        if (everyOption) {
            trainingClass.localityOrganises(false).sponsorId("so-van-hoa").levelExceptionReason("lý do")
                    .completionThresholdPercent(75).scoreScale(ScoreScale.of(0, 10)).plannedBudget(Money.ofMillions(9));
        }
        return ClassOpened.builder().trainingClass(trainingClass.build()).build();
    }

    static ClassCostRecorded classCostRecorded() {
        return ClassCostRecorded.builder().classId("LOP-1").costId("CP-1").description("Thù lao giảng viên, tài liệu")
                .amount(Money.ofDong(1_234_567)).documentReference("PC-1").fromCommuneFund(true).build();
    }

    static OfficialReassigned officialReassigned(boolean withReason) {
        OfficialReassigned.Builder builder = OfficialReassigned.builder().personId("AX-1").position("Chủ tịch UBND xã")
                .workUnitCode("DNG.HUNG-SON");
        if (withReason) {
            builder.reason("Quyết định 12/QĐ-UBND");
        }
        return builder.build();
    }

    static ScoresRecorded scoresRecorded() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("AX-2", 7);
        scores.put("AX-1", 9);
        return ScoresRecorded.builder().classId("LOP-1").test(ScoreTest.POST).scores(scores).build();
    }

    @Test
    void classOpened_keepsItsJson_withEveryOptionAbsentAndPresent() throws Exception {
        assertThat(json(classOpened(false))).isEqualTo("{\"type\":\"training.class-opened\",\"trainingClass\":{\"capacity\":30,\"completionThresholdPercent\":80,\"id\":\"LOP-1\",\"levelExceptionReason\":null,\"localityOrganises\":true,\"plannedBudget\":null,\"scoreScale\":{\"max\":100,\"min\":0},\"sessionDays\":[\"2022-05-11\",\"2022-05-12\"],\"sponsorId\":null,\"targetLevel\":\"COMMUNE\",\"title\":\"Lớp bồi dưỡng Tài chính\",\"topicIds\":[\"finance\",\"planning\"],\"trainers\":[\"ThS. Nguyễn Văn An\",\"CN. Bríu Thị Hoa\"],\"unitCode\":\"QNA.TAY-GIANG.A-XAN\",\"venue\":\"Hội trường UBND xã\"}}");
        assertThat(json(classOpened(true))).isEqualTo("{\"type\":\"training.class-opened\",\"trainingClass\":{\"capacity\":30,\"completionThresholdPercent\":75,\"id\":\"LOP-1\",\"levelExceptionReason\":\"lý do\",\"localityOrganises\":false,\"plannedBudget\":9000000,\"scoreScale\":{\"max\":10,\"min\":0},\"sessionDays\":[\"2022-05-11\",\"2022-05-12\"],\"sponsorId\":\"so-van-hoa\",\"targetLevel\":\"COMMUNE\",\"title\":\"Lớp bồi dưỡng Tài chính\",\"topicIds\":[\"finance\",\"planning\"],\"trainers\":[\"ThS. Nguyễn Văn An\",\"CN. Bríu Thị Hoa\"],\"unitCode\":\"QNA.TAY-GIANG.A-XAN\",\"venue\":\"Hội trường UBND xã\"}}");
    }

    @Test
    void classCostRecorded_keepsItsJson() throws Exception {
        assertThat(json(classCostRecorded())).isEqualTo("{\"type\":\"training.class-cost-recorded\",\"amount\":1234567,\"classId\":\"LOP-1\",\"costId\":\"CP-1\",\"description\":\"Thù lao giảng viên, tài liệu\",\"documentReference\":\"PC-1\",\"fromCommuneFund\":true}");
    }

    @Test
    void aCostAboveTheNorm_keepsItsJustification_inTheCommandAndTheEvent() throws Exception {
        ClassCostRecorded justified = ClassCostRecorded.builder().from(classCostRecorded())
                .aboveNormJustification("Thuê hội trường").build();
        String json = json(justified);
        assertThat(json).isEqualTo("{\"type\":\"training.class-cost-recorded\",\"aboveNormJustification\":\"Thuê hội trường\",\"amount\":1234567,\"classId\":\"LOP-1\",\"costId\":\"CP-1\",\"description\":\"Thù lao giảng viên, tài liệu\",\"documentReference\":\"PC-1\",\"fromCommuneFund\":true}");
        assertThat(mapper.readValue(json, LedgerEvent.class)).isEqualTo(justified);

        RecordClassCost command = RecordClassCost.builder().from(TrainingFixtures.cost("LOP-1", TrainingFixtures.A_XAN,
                LocalDate.of(2023, 3, 7), "CP-1", Money.ofMillions(3))).aboveNormJustification("Thuê hội trường").build();
        String commandJson = mapper.writeValueAsString(command);
        assertThat(commandJson).contains("\"aboveNormJustification\":\"Thuê hội trường\"");
        assertThat(mapper.readValue(commandJson, org.ketnghia.core.ledger.Command.class)).isEqualTo(command);
        assertThat(mapper.writeValueAsString(TrainingFixtures.cost("LOP-1", TrainingFixtures.A_XAN, LocalDate.of(2023, 3, 7),
                "CP-1", Money.ofMillions(3)))).doesNotContain("aboveNormJustification");
    }

    @Test
    void officialReassigned_keepsItsJson_withAndWithoutReason() throws Exception {
        assertThat(json(officialReassigned(false))).isEqualTo("{\"type\":\"training.official-reassigned\",\"personId\":\"AX-1\",\"position\":\"Chủ tịch UBND xã\",\"reason\":null,\"workUnitCode\":\"DNG.HUNG-SON\"}");
        assertThat(json(officialReassigned(true))).isEqualTo("{\"type\":\"training.official-reassigned\",\"personId\":\"AX-1\",\"position\":\"Chủ tịch UBND xã\",\"reason\":\"Quyết định 12/QĐ-UBND\",\"workUnitCode\":\"DNG.HUNG-SON\"}");
    }

    @Test
    void scoresRecorded_keepsItsJson() throws Exception {
        assertThat(json(scoresRecorded())).isEqualTo("{\"type\":\"training.scores-recorded\",\"classId\":\"LOP-1\",\"scores\":{\"AX-1\":9,\"AX-2\":7},\"test\":\"POST\"}");
    }

    @Test
    void pinnedJson_readsBackToTheSameEvents() throws Exception {
        for (LedgerEvent event : List.of(classOpened(false), classOpened(true), classCostRecorded(),
                officialReassigned(false), officialReassigned(true), scoresRecorded())) {
            assertThat(mapper.readValue(json(event), LedgerEvent.class)).isEqualTo(event);
        }
    }

    @Test
    void aPlayedYear_hashesAsItDidBeforeTheFactsWereShared() {
        Ledger ledger = TrainingFixtures.runtime().ledger();
        JsonRoundTripTest.playEveryEvent(ledger);

        List<EventEnvelope> events = ledger.store().readAll();
        assertThat(events).hasSize(HEAD_SEQUENCE);
        assertThat(events.get(events.size() - 1).hash()).isEqualTo(HEAD_HASH);
    }
}
