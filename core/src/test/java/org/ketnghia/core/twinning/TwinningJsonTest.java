package org.ketnghia.core.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2021;
import static org.ketnghia.core.twinning.TwinningFixtures.QUANG_NAM;
import static org.ketnghia.core.twinning.TwinningFixtures.TAY_GIANG_DISTRICT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.core.twinning.internal.TwinningFeature;

class TwinningJsonTest {

    private static final ObjectMapper MAPPER = TwinningFixtures.runtime(new InMemoryEventStore()).objectMapper();

    private static final Sponsor TAM_KY = Sponsor.builder().id("tam-ky").name("Thành phố Tam Kỳ")
            .kind(SponsorKind.LOWLAND_LOCALITY).localityUnitCode("QNA.TAM-KY").contactUnit("Phòng Dân tộc").build();
    private static final Commitment PLEDGE =
            Commitment.of(StandardModels.LIVESTOCK, "Hỗ trợ 50 con dê giống cho xã A Xan", Money.ofMillions(200));
    private static final TwinningAgreement AGREEMENT = TwinningAgreement.builder().id("kn-1")
            .sponsorIds(List.of("tam-ky", "so-tai-chinh")).recipientUnitCode(TAY_GIANG_DISTRICT).validFrom(IN_2021)
            .validTo(LocalDate.of(2025, 12, 31)).modelIds(List.of(StandardModels.LIVESTOCK, StandardModels.TRAINING))
            .addCommitment(PLEDGE).addCommitment(Commitment.of(StandardModels.TRAINING, "Hai lớp tin học")).build();

    static Stream<LedgerEvent> events() {
        return Stream.of(
                SponsorRegistered.of(TAM_KY),
                AgreementSigned.of(AGREEMENT),
                AgreementModelsAmended.builder().agreementId("kn-1").effectiveFrom(LocalDate.of(2023, 1, 1))
                        .modelIds(List.of(StandardModels.VILLAGE)).addCommitment(Commitment.of(StandardModels.VILLAGE, "Nhà văn hóa"))
                        .build(),
                AgreementEnded.builder().agreementId("kn-1").lastDay(LocalDate.of(2024, 6, 30)).reasonVi("Sắp xếp lại").build(),
                AgreementEnded.builder().agreementId("kn-2").lastDay(LocalDate.of(2024, 6, 30)).build());
    }

    static Stream<Command> commands() {
        return Stream.of(
                RegisterSponsor.builder().actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(IN_2021).sponsor(TAM_KY).build(),
                SignAgreement.builder().actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(IN_2021).agreement(AGREEMENT).build(),
                AmendAgreementModels.builder().actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(IN_2021).agreementId("kn-1")
                        .effectiveFrom(LocalDate.of(2022, 1, 1)).modelIds(List.of("startup")).build(),
                AmendAgreementModels.builder().actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(IN_2021).agreementId("kn-1")
                        .modelIds(List.of("startup")).addCommitment(PLEDGE).build(),
                EndAgreement.builder().actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(IN_2021).agreementId("kn-1")
                        .lastDay(IN_2021).reasonVi("Hết nhiệm vụ").build());
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEvent_roundTripsThroughLedgerEvent(LedgerEvent event) throws Exception {
        String json = MAPPER.writeValueAsString(event);

        assertThat(json).startsWith("{\"type\":\"twinning.");
        assertThat(MAPPER.readValue(json, LedgerEvent.class)).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommand_roundTripsThroughCommand(Command command) throws Exception {
        String json = MAPPER.writeValueAsString(command);

        assertThat(json).startsWith("{\"type\":\"twinning.");
        assertThat(MAPPER.readValue(json, Command.class)).isEqualTo(command);
    }

    @org.junit.jupiter.api.Test
    void valuesUseStableReadableJson() throws Exception {
        String json = MAPPER.writeValueAsString(SponsorRegistered.of(TAM_KY));
        assertThat(json).contains("\"kind\":\"lowland-locality\"").contains("\"localityUnitCode\":\"QNA.TAM-KY\"");
        assertThat(MAPPER.writeValueAsString(PLEDGE)).contains("\"pledgedAmount\":200000000");
    }

    @org.junit.jupiter.api.Test
    void featureDeclaresEveryTypeOnce() {
        TwinningFeature feature = new TwinningFeature();
        assertThat(feature.eventTypes()).hasSize(11).doesNotHaveDuplicates();
        assertThat(Fixtures.commandTypes(feature)).hasSize(11).doesNotHaveDuplicates();
        // the task team and model plan types round-trip in CommunePlanJsonTest
        assertThat(Stream.concat(events(), CommunePlanJsonTest.events()).map(event -> event.getClass().getSuperclass().getName()).distinct())
                .containsExactlyInAnyOrderElementsOf(feature.eventTypes().stream().map(Class::getName).toList());
        assertThat(Stream.concat(commands(), CommunePlanJsonTest.commands()).map(command -> command.getClass().getSuperclass().getName()).distinct())
                .containsExactlyInAnyOrderElementsOf(Fixtures.commandTypes(feature).stream().map(Class::getName).toList());
    }
}
