package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.testing.Fixtures;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.criteria.Reading;
import org.ketnghia.village.scheme.BaselineAssessed;
import org.ketnghia.village.scheme.CriteriaSetAdopted;
import org.ketnghia.village.scheme.CriteriaTakenOn;
import org.ketnghia.village.scheme.IndicatorReading;
import org.ketnghia.village.scheme.IndicatorsMeasured;
import org.ketnghia.village.scheme.RecognitionRevoked;
import org.ketnghia.village.scheme.RecognitionStep;
import org.ketnghia.village.scheme.RecognitionStepRecorded;
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
                        .revokedDecisionNumber("12/QĐ-UBND").reason("Không đạt khi đánh giá lại").build());

        List<Object> eventTypes = List.copyOf(new VillageModel().eventTypes());
        assertThat(events).extracting(event -> (Object) event.getClass().getSuperclass())
                .containsExactlyInAnyOrderElementsOf(eventTypes);
        for (LedgerEvent event : events) {
            String json = mapper.writeValueAsString(event);
            assertThat(json).contains("\"type\":\"village.");
            assertThat(mapper.readValue(json, LedgerEvent.class)).isEqualTo(event);
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
                        .decisionNumber("45/QĐ-UBND").reason("Không đạt").build());

        List<Object> commandTypes = List.copyOf(new VillageModel().commandTypes());
        assertThat(commands).extracting(command -> (Object) command.getClass().getSuperclass())
                .containsExactlyInAnyOrderElementsOf(commandTypes);
        for (Command command : commands) {
            assertThat(mapper.readValue(mapper.writeValueAsString(command), Command.class)).isEqualTo(command);
        }
    }
}
