package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.criteria.Reading;
import org.ketnghia.village.scheme.BaselineAssessed;
import org.ketnghia.village.scheme.CorrectMeasurement;
import org.ketnghia.village.scheme.MeasurementCorrected;
import org.ketnghia.village.scheme.CriteriaSetAdopted;
import org.ketnghia.village.scheme.CriteriaTakenOn;
import org.ketnghia.village.scheme.IndicatorReading;
import org.ketnghia.village.scheme.IndicatorsMeasured;
import org.ketnghia.village.scheme.RecognitionRevoked;
import org.ketnghia.village.scheme.RecognitionStep;
import org.ketnghia.village.scheme.RecognitionStepFacts;
import org.ketnghia.village.scheme.RecognitionStepRecorded;
import org.ketnghia.village.scheme.RecordRecognitionStep;
import org.ketnghia.village.scheme.RevokeRecognition;
import org.ketnghia.village.scheme.VillageRecognised;
import org.ketnghia.village.scheme.VillageRegistered;

/** Every event and command type of the model round-trips through its base type with the runtime's mapper. */
class VillageJsonTest {

    private static final CriteriaSet SAMPLE = CriteriaSets.sample();
    private static final LocalDate ON = LocalDate.of(2025, 10, 1);
    private static final List<IndicatorReading> READINGS = List.of(
            VillageTestKit.reading("giao-thong.duong-truc-thon", Reading.of(new java.math.BigDecimal("72.5"))),
            VillageTestKit.reading("thu-nhap.binh-quan-dau-nguoi", Reading.of(Money.ofDong(46_500_000))),
            VillageTestKit.reading("an-ninh.to-bao-ve-rung", Reading.of(true)));

    private static final MeasurementCorrected CORRECTED = MeasurementCorrected.builder()
            .villageCode(VillageTestKit.A_UR).measurementSequence(17).measuredOn(ON)
            .addReadings(IndicatorReading.of("giao-thong.duong-truc-thon", Reading.of(new java.math.BigDecimal("62.5")),
                    "Biên bản"))
            .reason("Nhập nhầm tỷ lệ, theo biên bản kiểm tra").build();
    private static final CorrectMeasurement CORRECT = CorrectMeasurement.builder().actor(Fixtures.PROVINCE)
            .unitCode(VillageTestKit.A_UR).occurredOn(ON.plusDays(3)).measurementSequence(17)
            .readings(CORRECTED.readings()).reason(CORRECTED.reason()).build();

    private final ObjectMapper mapper = VillageTestKit.runtime().objectMapper();

    @Test
    void everyEventType_roundTripsThroughLedgerEvent() throws Exception {
        List<LedgerEvent> events = List.of(
                CriteriaSetAdopted.builder().criteriaSet(SAMPLE).build(),
                VillageRegistered.builder().villageCode(VillageTestKit.A_UR).communeCode(VillageTestKit.A_XAN)
                        .criteriaSetId(SAMPLE.id()).zone(1).reference("Đăng ký").build(),
                BaselineAssessed.builder().villageCode(VillageTestKit.A_UR).readings(READINGS).build(),
                CriteriaTakenOn.builder().villageCode(VillageTestKit.A_UR).sponsorId(VillageTestKit.SPONSOR)
                        .communeCode(VillageTestKit.HUNG_SON).criterionIds(List.of("giao-thong", "dien"))
                        .planReference("Kế hoạch 2025").build(),
                IndicatorsMeasured.builder().villageCode(VillageTestKit.A_UR).readings(READINGS).reassessment(true).build(),
                RecognitionStepRecorded.builder().villageCode(VillageTestKit.A_UR).step(RecognitionStep.INSPECTION)
                        .documentReference("Biên bản thẩm tra").failed(true).build(),
                VillageRecognised.builder().villageCode(VillageTestKit.A_UR).decisionNumber("12/QĐ-UBND")
                        .decisionDate(ON).build(),
                RecognitionRevoked.builder().villageCode(VillageTestKit.A_UR).decisionNumber("45/QĐ-UBND")
                        .revokedDecisionNumber("12/QĐ-UBND").reason("Không đạt khi đánh giá lại").build(),
                CORRECTED);

        List<Object> eventTypes = List.copyOf(VillageTestKit.model().eventTypes());
        assertThat(events).extracting(event -> (Object) event.getClass().getSuperclass())
                .containsExactlyInAnyOrderElementsOf(eventTypes);
        for (LedgerEvent event : events) {
            String json = mapper.writeValueAsString(event);
            assertThat(json).contains("\"type\":\"village.");
            assertThat(mapper.readValue(json, LedgerEvent.class)).isEqualTo(event);
        }
    }

    /**
     * The exact JSON of every event type, as recorded before the model's refactoring (issue 14):
     * ledgers already written must hash and read back the same.
     */
    @Test
    void everyEventType_writesTheJsonItWroteBefore_byteForByte() throws Exception {
        Map<String, LedgerEvent> pinned = new java.util.LinkedHashMap<>();
        pinned.put("criteria-set-adopted", CriteriaSetAdopted.builder().criteriaSet(SAMPLE).build());
        pinned.put("other-set-adopted", CriteriaSetAdopted.builder()
                .criteriaSet(CriteriaSetLoadingTest.resource("other-criteria-set.json")).build());
        pinned.put("village-registered", VillageRegistered.builder().villageCode(VillageTestKit.A_UR)
                .communeCode(VillageTestKit.A_XAN).criteriaSetId(SAMPLE.id()).zone(1).reference("Đăng ký").build());
        pinned.put("baseline-assessed", BaselineAssessed.builder().villageCode(VillageTestKit.A_UR).readings(READINGS)
                .build());
        pinned.put("criteria-taken-on", CriteriaTakenOn.builder().villageCode(VillageTestKit.A_UR)
                .sponsorId(VillageTestKit.SPONSOR).communeCode(VillageTestKit.HUNG_SON)
                .criterionIds(List.of("giao-thong", "dien")).planReference("Kế hoạch 2025").build());
        pinned.put("indicators-measured", IndicatorsMeasured.builder().villageCode(VillageTestKit.A_UR)
                .readings(READINGS).reassessment(true).build());
        pinned.put("measured-default", IndicatorsMeasured.builder().villageCode("V").readings(READINGS).build());
        pinned.put("recognition-step-recorded", RecognitionStepRecorded.builder().villageCode(VillageTestKit.A_UR)
                .step(RecognitionStep.INSPECTION).documentReference("Biên bản thẩm tra").failed(true).build());
        pinned.put("step-default", RecognitionStepRecorded.builder().villageCode("V").step(RecognitionStep.DOSSIER)
                .documentReference("Hồ sơ").build());
        pinned.put("village-recognised", VillageRecognised.builder().villageCode(VillageTestKit.A_UR)
                .decisionNumber("12/QĐ-UBND").decisionDate(ON).build());
        pinned.put("recognition-revoked", RecognitionRevoked.builder().villageCode(VillageTestKit.A_UR)
                .decisionNumber("45/QĐ-UBND").revokedDecisionNumber("12/QĐ-UBND").reason("Không đạt khi đánh giá lại")
                .build());

        for (Map.Entry<String, LedgerEvent> entry : pinned.entrySet()) {
            String recorded = resource("/json/" + entry.getKey() + ".json");
            assertThat(mapper.writeValueAsString(entry.getValue())).as(entry.getKey()).isEqualTo(recorded);
            assertThat(mapper.readValue(recorded, LedgerEvent.class)).as(entry.getKey()).isEqualTo(entry.getValue());
        }
    }

    /** The correction's types (issue 18): equal values and identical bytes back, in the shape pinned here. */
    @Test
    void measurementCorrection_roundTripsToTheSameValueAndBytes() throws Exception {
        String event = mapper.writeValueAsString(CORRECTED);
        assertThat(event).isEqualTo("{\"type\":\"village.measurement-corrected\",\"measuredOn\":\"2025-10-01\","
                + "\"measurementSequence\":17,\"readings\":[{\"evidence\":\"Biên bản\","
                + "\"indicatorId\":\"giao-thong.duong-truc-thon\",\"reading\":{\"amount\":null,\"number\":62.5,\"yes\":null}}],"
                + "\"reason\":\"Nhập nhầm tỷ lệ, theo biên bản kiểm tra\",\"villageCode\":\"QNA.TAY-GIANG.A-XAN.A-UR\"}");
        LedgerEvent eventBack = mapper.readValue(event, LedgerEvent.class);
        assertThat(eventBack).isEqualTo(CORRECTED);
        assertThat(mapper.writeValueAsString(eventBack)).isEqualTo(event);
        String command = mapper.writeValueAsString(CORRECT);
        Command commandBack = mapper.readValue(command, Command.class);
        assertThat(commandBack).isEqualTo(CORRECT);
        assertThat(mapper.writeValueAsString(commandBack)).isEqualTo(command);
    }

    @Test
    void aRecognitionStep_becomesAnEventWithTheSameFacts_andTheJsonRecordedBefore() throws Exception {
        KetnghiaRuntime runtime = VillageTestKit.runtime();
        CriteriaSet set = SAMPLE;
        runtime.ledger().submit(VillageTestKit.adopt(set));
        runtime.ledger().submit(VillageTestKit.register(VillageTestKit.A_UR, set.id(), VillageTestKit.REGISTERED_ON));
        runtime.ledger().submit(VillageTestKit.baseline(VillageTestKit.A_UR, VillageTestKit.REGISTERED_ON,
                VillageTestKit.readings(set, 1, Map.of())));
        RecordRecognitionStep command = RecordRecognitionStep.builder().actor(Fixtures.PROVINCE)
                .unitCode(VillageTestKit.A_UR).occurredOn(VillageTestKit.REGISTERED_ON)
                .step(RecognitionStep.SELF_ASSESSMENT).documentReference("Biên bản tự đánh giá").build();

        runtime.ledger().submit(command);

        List<EventEnvelope> events = runtime.ledger().store().readAll();
        RecognitionStepRecorded recorded = events.get(events.size() - 1).payloadAs(RecognitionStepRecorded.class)
                .orElseThrow();
        RecognitionStepFacts facts = recorded;
        assertThat(facts.step()).isEqualTo(command.step());
        assertThat(facts.documentReference()).isEqualTo(command.documentReference());
        assertThat(facts.failed()).isFalse();
        assertThat(mapper.writeValueAsString(recorded)).isEqualTo("{\"type\":\"village.recognition-step-recorded\","
                + "\"documentReference\":\"Biên bản tự đánh giá\",\"failed\":false,\"step\":\"SELF_ASSESSMENT\","
                + "\"villageCode\":\"QNA.TAY-GIANG.A-XAN.A-UR\"}");
    }

    private static String resource(String name) throws java.io.IOException {
        try (java.io.InputStream in = VillageJsonTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @net.jqwik.api.Property(tries = 200)
    void measurementsWithAnyReadings_roundTripExactly(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.BigRange(min = "0", max = "100") java.math.BigDecimal percentage,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 10_000_000_000L) long dong,
            @net.jqwik.api.ForAll boolean yes) throws Exception {
        LedgerEvent event = IndicatorsMeasured.builder().villageCode(VillageTestKit.A_UR)
                .addReadings(VillageTestKit.reading("giao-thong.duong-ngo-xom", Reading.of(percentage)))
                .addReadings(VillageTestKit.reading("thu-nhap.binh-quan-dau-nguoi", Reading.of(Money.ofDong(dong))))
                .addReadings(VillageTestKit.reading("van-hoa.co-nha-van-hoa", Reading.of(yes)))
                .build();

        assertThat(mapper.readValue(mapper.writeValueAsString(event), LedgerEvent.class)).isEqualTo(event);
    }

    @Test
    void everyCommandType_roundTripsThroughCommand() throws Exception {
        List<Command> commands = List.of(
                VillageTestKit.adopt(SAMPLE),
                VillageTestKit.register(VillageTestKit.A_UR, SAMPLE.id(), ON),
                VillageTestKit.baseline(VillageTestKit.A_UR, ON, VillageTestKit.readings(SAMPLE, 1, Map.of())),
                VillageTestKit.takeOn(VillageTestKit.A_UR, VillageTestKit.SPONSOR, ON, "giao-thong"),
                VillageTestKit.measure(VillageTestKit.A_UR, ON, true, READINGS),
                VillageTestKit.step(VillageTestKit.A_UR, RecognitionStep.DOSSIER, ON, false),
                VillageTestKit.recognise(VillageTestKit.A_UR, ON, "12/QĐ-UBND"),
                RevokeRecognition.builder().actor(Fixtures.PROVINCE).unitCode(VillageTestKit.A_UR).occurredOn(ON)
                        .decisionNumber("45/QĐ-UBND").reason("Không đạt").build(),
                CORRECT);

        List<Object> commandTypes = List.copyOf(Fixtures.commandTypes(VillageTestKit.model()));
        assertThat(commands).extracting(command -> (Object) command.getClass().getSuperclass())
                .containsExactlyInAnyOrderElementsOf(commandTypes);
        for (Command command : commands) {
            assertThat(mapper.readValue(mapper.writeValueAsString(command), Command.class)).isEqualTo(command);
        }
    }
}
