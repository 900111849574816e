package org.ketnghia.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.funding.FundingFixtures.A_XAN;
import static org.ketnghia.core.funding.FundingFixtures.HUNG_SON;
import static org.ketnghia.core.funding.FundingFixtures.IN_2024;
import static org.ketnghia.core.funding.FundingFixtures.IN_2026;
import static org.ketnghia.core.funding.FundingFixtures.LIVESTOCK;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.funding.internal.FundingFeature;
import org.ketnghia.core.funding.settlement.AccountsSettled;
import org.ketnghia.core.funding.settlement.SettleAccounts;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

class FundingJsonTest {

    private static final KetnghiaRuntime RUNTIME = FundingFixtures.runtime();

    static Stream<LedgerEvent> events() {
        return Stream.of(
                FundingSourceRegistered.builder().sourceId("stc").name("Sở Tài chính").kind(FundingSourceKind.SPONSOR)
                        .sponsorId("so-tai-chinh").build(),
                FundingSourceRegistered.builder().sourceId("ho-dan").name("Hộ dân").kind(FundingSourceKind.HOUSEHOLD_COUNTERPART)
                        .build(),
                PledgeMade.builder().pledgeId("ck-1").sourceId("stc").communeCode(A_XAN).modelId(LIVESTOCK)
                        .activity("mua-giong").amount(Money.ofMillions(200)).build(),
                ReceiptRecorded.builder().receiptId("thu-1").communeCode(A_XAN).sourceId("stc").pledgeId("ck-1")
                        .modelId(LIVESTOCK).amount(Money.ofMillions(60)).build(),
                InKindContributionRecorded.builder().contributionId("hv-1").communeCode(A_XAN).sourceId("stc")
                        .modelId(LIVESTOCK).description("Xi măng").quantity(120).unitValue(Money.ofDong(95_500)).build(),
                CounterpartContributionRecorded.builder().contributionId("du-1").communeCode(A_XAN)
                        .contributor(CounterpartContributor.HOUSEHOLDS).form(ContributionForm.LABOUR).sourceId("ho-dan")
                        .modelId(LIVESTOCK).description("Ngày công").quantity(45).unitValue(Money.ofDong(180_000))
                        .value(Money.ofDong(8_100_000)).build(),
                CounterpartContributionRecorded.builder().contributionId("du-2").communeCode(A_XAN)
                        .contributor(CounterpartContributor.COMMUNE).form(ContributionForm.CASH).sourceId("ngan-sach-xa")
                        .modelId(LIVESTOCK).description("Tiền mặt").value(Money.ofMillions(5)).build(),
                ExpenditureRecorded.builder().expenditureId("chi-1").communeCode(A_XAN).modelId(LIVESTOCK)
                        .activity("mua-giong").description("Mua bò").amount(Money.ofMillions(40))
                        .documentReference("PC-01/2024").build(),
                PlanAllocationRecorded.builder().allocationId("kh-1").communeCode(A_XAN).modelId(LIVESTOCK)
                        .sponsorId("so-tai-chinh").sourceId("stc").amount(Money.ofMillions(200)).build(),
                BalanceTransferred.builder().transferId("cd-1").fromCommuneCode(A_XAN).toCommuneCode(HUNG_SON)
                        .modelId(LIVESTOCK).amount(Money.ofMillions(20)).build(),
                AccountsSettled.of("qt-1", IN_2026, "QĐ 1/QĐ-UBND", java.util.Optional.empty(), java.util.Optional.empty(),
                        List.of()),
                ReceiptReversed.builder().reversalId("dc-1").receiptId("thu-1").communeCode(A_XAN)
                        .amount(Money.ofMillions(20)).reason("Ghi trùng").documentReference("ĐC-01/2024").build(),
                ExpenditureReversed.builder().reversalId("dc-2").expenditureId("chi-1").communeCode(A_XAN)
                        .amount(Money.ofMillions(40)).reason("Chi sai").documentReference("ĐC-02/2024").build());
    }

    static Stream<Command> commands() {
        Actor sponsor = Actor.forSponsor("ke-toan", "Kế toán Sở Tài chính", "so-tai-chinh");
        return Stream.of(
                RegisterFundingSource.builder().actor(PROVINCE).unitCode("QNA").occurredOn(IN_2024).sourceId("stc")
                        .name("Sở Tài chính").kind(FundingSourceKind.SPONSOR).sponsorId("so-tai-chinh").build(),
                MakePledge.builder().actor(sponsor).unitCode(A_XAN).occurredOn(IN_2024).sponsorId("so-tai-chinh")
                        .pledgeId("ck-1").sourceId("stc").modelId(LIVESTOCK).activity("mua-giong")
                        .amount(Money.ofMillions(200)).build(),
                RecordReceipt.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024).receiptId("thu-1")
                        .pledgeId("ck-1").amount(Money.ofMillions(60)).build(),
                RecordReceipt.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024).receiptId("thu-2")
                        .unpledged(true).sourceId("stc").modelId(LIVESTOCK).amount(Money.ofDong(1)).build(),
                RecordInKindContribution.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024)
                        .contributionId("hv-1").sourceId("stc").modelId(LIVESTOCK).description("Xi măng").quantity(3)
                        .unitValue(Money.ofDong(95_500)).build(),
                RecordCounterpartContribution.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024)
                        .contributionId("du-1").sourceId("ho-dan").contributor(CounterpartContributor.HOUSEHOLDS)
                        .form(ContributionForm.LABOUR).modelId(LIVESTOCK).description("Ngày công").quantity(45)
                        .unitValue(Money.ofDong(180_000)).build(),
                RecordCounterpartContribution.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024)
                        .contributionId("du-2").sourceId("ngan-sach-xa").contributor(CounterpartContributor.COMMUNE)
                        .form(ContributionForm.CASH).modelId(LIVESTOCK).description("Tiền mặt")
                        .amount(Money.ofMillions(5)).build(),
                RecordExpenditure.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024).expenditureId("chi-1")
                        .modelId(LIVESTOCK).activity("mua-giong").description("Mua bò").amount(Money.ofMillions(40))
                        .documentReference("PC-01/2024").build(),
                RecordPlanAllocation.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024).allocationId("kh-1")
                        .modelId(LIVESTOCK).sponsorId("so-tai-chinh").sourceId("stc").amount(Money.ofMillions(200))
                        .build(),
                TransferBalance.builder().actor(PROVINCE).unitCode(HUNG_SON).occurredOn(IN_2026).transferId("cd-1")
                        .fromCommuneCode(A_XAN).modelId(LIVESTOCK).build(),
                SettleAccounts.builder().actor(PROVINCE).unitCode("DNG").occurredOn(IN_2026).settlementId("qt-1")
                        .periodEnd(IN_2026).decisionReference("QĐ 1/QĐ-UBND").build(),
                ReverseReceipt.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024).reversalId("dc-1")
                        .receiptId("thu-1").amount(Money.ofMillions(20)).reason("Ghi trùng")
                        .documentReference("ĐC-01/2024").build(),
                ReverseReceipt.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024).reversalId("dc-3")
                        .receiptId("thu-2").reason("Ghi trùng").documentReference("ĐC-03/2024").build(),
                ReverseExpenditure.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024).reversalId("dc-2")
                        .expenditureId("chi-1").reason("Chi sai").documentReference("ĐC-02/2024").build());
    }

    @ParameterizedTest
    @MethodSource("events")
    void event_roundTripsThroughLedgerEvent(LedgerEvent event) throws Exception {
        ObjectMapper mapper = RUNTIME.objectMapper();
        String json = mapper.writerFor(LedgerEvent.class).writeValueAsString(event);
        assertThat(json).startsWith("{\"type\":\"funding.");
        assertThat(mapper.readValue(json, LedgerEvent.class)).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void command_roundTripsThroughCommand(Command command) throws Exception {
        ObjectMapper mapper = RUNTIME.objectMapper();
        String json = mapper.writerFor(Command.class).writeValueAsString(command);
        assertThat(mapper.readValue(json, Command.class)).isEqualTo(command);
    }

    @ParameterizedTest
    @MethodSource("events")
    void event_keepsItsBytesThroughARoundTrip(LedgerEvent event) throws Exception {
        ObjectMapper mapper = RUNTIME.objectMapper();
        String json = mapper.writerFor(LedgerEvent.class).writeValueAsString(event);
        assertThat(mapper.writerFor(LedgerEvent.class).writeValueAsString(mapper.readValue(json, LedgerEvent.class)))
                .isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void command_keepsItsBytesThroughARoundTrip(Command command) throws Exception {
        ObjectMapper mapper = RUNTIME.objectMapper();
        String json = mapper.writerFor(Command.class).writeValueAsString(command);
        assertThat(mapper.writerFor(Command.class).writeValueAsString(mapper.readValue(json, Command.class)))
                .isEqualTo(json);
    }

    @Test
    void everyDeclaredType_isCoveredByTheseRoundTrips() {
        FundingFeature feature = new FundingFeature();
        List<Class<?>> eventClasses = events().<Class<?>>map(e -> e.getClass().getSuperclass()).distinct().toList();
        List<Class<?>> commandClasses = commands().<Class<?>>map(c -> c.getClass().getSuperclass()).distinct().toList();
        List<Class<?>> declaredEvents = new java.util.ArrayList<>(feature.eventTypes());
        List<Class<?>> declaredCommands = new java.util.ArrayList<>(Fixtures.commandTypes(feature));
        assertThat(eventClasses).containsExactlyInAnyOrderElementsOf(declaredEvents);
        assertThat(commandClasses).containsExactlyInAnyOrderElementsOf(declaredCommands);
    }

    @Test
    void moneyIsAPlainIntegerInJson() throws Exception {
        String json = RUNTIME.objectMapper().writerFor(LedgerEvent.class).writeValueAsString(events().toList().get(2));
        assertThat(json).contains("\"amount\":200000000");
    }
}
