package org.ketnghia.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.internal.ProgrammeFeature;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

/** Every programme type round-trips through JSON to an equal value and to the very same bytes. */
class ProgrammeJsonTest {

    private static final ObjectMapper MAPPER = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
            .clock(Fixtures.CLOCK).build().objectMapper();
    private static final LocalDate ON = LocalDate.of(2022, 1, 3);

    private static ProgrammeTerms terms() {
        return ProgrammeTerms.builder().id("quang-nam-2021").titleVi("Thí điểm các mô hình").decision("Kế hoạch thí điểm")
                .addLegalBases("Quyết định số 3651/QĐ-UBND ngày 13/12/2021 của UBND tỉnh").provinceCode("QNA").start(ON).years(5)
                .coordinator("Ban Dân tộc tỉnh Quảng Nam").addDistrictCodes("QNA.TAY-GIANG").addPilotCommuneCodes("QNA.TAY-GIANG.A-XAN")
                .addTargets(ProgrammeTarget.builder().indicatorId("livestock.households-round-1.goat").unitCode("QNA.TAY-GIANG").value(50)
                        .build(), ProgrammeTarget.builder().indicatorId("training.officials-trained").value(270).build())
                .addNorms(SpendingNorm.builder().key("livestock.goat.price-per-head").amount(Money.ofMillions(4)).unit("con")
                        .legalBasis("Kế hoạch, mục II.1.3").build())
                .addAllotments(ModelAllotment.builder().unitCode("QNA.TAY-GIANG").modelId("livestock").amount(Money.ofMillions(1_000))
                        .build())
                .build();
    }

    static Stream<LedgerEvent> events() {
        return Stream.of(ProgrammeDeclared.builder().terms(terms()).build(),
                AllotmentAdjusted.builder().programmeId("quang-nam-2021").allotmentUnitCode("QNA.TAY-GIANG").modelId("livestock")
                        .amount(Money.ofMillions(1_100)).decision("Quyết định điều chỉnh số 12/QĐ-UBND").reasonVi("Giá dê tăng").build(),
                ModelReplicated.builder().replicationId("nr-1").modelId("livestock").learntFrom("to-de-a-xan").households(6)
                        .fundedBy("Hộ tự đầu tư").descriptionVi("Tổ nuôi dê do dân tự lập").build(),
                ModelReplicated.builder().replicationId("nr-2").modelId("training").fundedBy("Ngân sách huyện")
                        .descriptionVi("Lớp bồi dưỡng do huyện tự tổ chức").build());
    }

    static Stream<Command> commands() {
        return Stream.of(DeclareProgramme.builder().actor(PROVINCE).unitCode("QNA").occurredOn(ON).terms(terms()).build(),
                AdjustAllotment.builder().actor(PROVINCE).unitCode("QNA").occurredOn(ON).programmeId("quang-nam-2021")
                        .allotmentUnitCode("QNA.TAY-GIANG").modelId("livestock").amount(Money.ofMillions(1_100))
                        .decision("Quyết định điều chỉnh số 12/QĐ-UBND").reasonVi("Giá dê tăng").build(),
                RecordReplication.builder().actor(PROVINCE).unitCode("QNA.TAY-GIANG.A-TIENG").occurredOn(ON).replicationId("nr-1")
                        .modelId("livestock").households(6).fundedBy("Hộ tự đầu tư").descriptionVi("Tổ nuôi dê do dân tự lập").build());
    }

    @ParameterizedTest
    @MethodSource("events")
    void event_roundTripsToAnEqualValue_andTheSameBytes(LedgerEvent event) throws Exception {
        String json = MAPPER.writerFor(LedgerEvent.class).writeValueAsString(event);
        assertThat(json).startsWith("{\"type\":\"programme.");
        LedgerEvent read = MAPPER.readValue(json, LedgerEvent.class);
        assertThat(read).isEqualTo(event);
        assertThat(MAPPER.writerFor(LedgerEvent.class).writeValueAsString(read)).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void command_roundTripsToAnEqualValue_andTheSameBytes(Command command) throws Exception {
        String json = MAPPER.writerFor(Command.class).writeValueAsString(command);
        Command read = MAPPER.readValue(json, Command.class);
        assertThat(read).isEqualTo(command);
        assertThat(MAPPER.writerFor(Command.class).writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void everyDeclaredType_isCoveredByTheseRoundTrips_andAbsentOptionalsStayAbsent() throws Exception {
        ProgrammeFeature feature = new ProgrammeFeature();
        List<Class<?>> eventClasses = events().<Class<?>>map(e -> e.getClass().getSuperclass()).distinct().toList();
        List<Class<?>> commandClasses = commands().<Class<?>>map(c -> c.getClass().getSuperclass()).distinct().toList();
        assertThat(eventClasses).containsExactlyInAnyOrderElementsOf(feature.eventTypes());
        assertThat(commandClasses).containsExactlyInAnyOrderElementsOf(Fixtures.commandTypes(feature));
        String replicated = MAPPER.writerFor(LedgerEvent.class).writeValueAsString(events().toList().get(3));
        assertThat(replicated).contains("\"households\":0").contains("\"learntFrom\":null");
    }
}
