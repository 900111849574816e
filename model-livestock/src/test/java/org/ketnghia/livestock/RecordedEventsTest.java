package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.herd.AnimalLost;
import org.ketnghia.livestock.herd.AnimalReplaced;
import org.ketnghia.livestock.herd.AnimalsHandedOver;
import org.ketnghia.livestock.herd.AnimalsVaccinated;
import org.ketnghia.livestock.herd.CashPaidInstead;
import org.ketnghia.livestock.herd.LotAccepted;
import org.ketnghia.livestock.herd.PackageExceptionRecorded;
import org.ketnghia.livestock.herd.PurchaseLotRecorded;
import org.ketnghia.livestock.herd.ObligationWaived;
import org.ketnghia.livestock.herd.Vaccine;
import org.ketnghia.livestock.passon.DeathHandling;

/**
 * Recorded ledgers are sacred: livestock events recorded by the main job on 4 December 2026 (one or
 * two of every shape, copied from the examples' ledger fixture) decode and encode back to exactly
 * the same JSON, and the event types the main job does not record have their JSON pinned here.
 */
class RecordedEventsTest {

    private static final String RECORDED = "/org/ketnghia/livestock/recorded-events-2026-12-04.jsonl";

    private final ObjectMapper mapper = new LivestockCommune().runtime.objectMapper();

    @Test
    void eventsRecordedBeforeTheChange_encodeBackToTheSameJson() throws Exception {
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream(RECORDED)), StandardCharsets.UTF_8))) {
            lines = reader.lines().filter(line -> !line.isBlank()).toList();
        }

        assertThat(lines).hasSize(21);
        for (String json : lines) {
            LedgerEvent event = mapper.readValue(json, LedgerEvent.class);
            assertThat(mapper.writeValueAsString(event)).isEqualTo(json);
        }
    }

    @Test
    void eventTypesTheMainJobDoesNotRecord_keepTheirJson() throws Exception {
        assertThat(mapper.writeValueAsString(AnimalsVaccinated.builder().earTags(List.of("G01", "G02"))
                .vaccine(Vaccine.FOOT_AND_MOUTH).reference("TP-01").build())).isEqualTo(
                "{\"type\":\"livestock.animals-vaccinated\",\"earTags\":[\"G01\",\"G02\"],\"reference\":\"TP-01\",\"vaccine\":\"FOOT_AND_MOUTH\"}");
        assertThat(mapper.writeValueAsString(AnimalLost.builder().earTag("G01").stolen(true).reportReference("BB-CA-1")
                .householdId("HN-1").build())).isEqualTo(
                "{\"type\":\"livestock.animal-lost\",\"earTag\":\"G01\",\"householdId\":\"HN-1\",\"reportReference\":\"BB-CA-1\",\"stolen\":true}");
        assertThat(mapper.writeValueAsString(AnimalLost.builder().earTag("G01").stolen(false)
                .reportReference("BB-CA-2").build())).isEqualTo(
                "{\"type\":\"livestock.animal-lost\",\"earTag\":\"G01\",\"householdId\":null,\"reportReference\":\"BB-CA-2\",\"stolen\":false}");
        assertThat(mapper.writeValueAsString(ObligationWaived.builder().obligationId("g:HN-1").reason("Ốm nặng")
                .decisionReference("QĐ 88").build())).isEqualTo(
                "{\"type\":\"livestock.obligation-waived\",\"decisionReference\":\"QĐ 88\",\"obligationId\":\"g:HN-1\",\"reason\":\"Ốm nặng\"}");
        assertThat(mapper.writeValueAsString(CashPaidInstead.builder().obligationId("g:HN-1").amount(Money.ofMillions(5))
                .receiptReference("PT-1").build())).isEqualTo(
                "{\"type\":\"livestock.cash-paid-instead\",\"amount\":5000000,\"obligationId\":\"g:HN-1\",\"receiptReference\":\"PT-1\"}");
    }

    @Test
    void anEventBuiltFromItsCommandsFacts_hasTheJsonRecordedBefore() throws Exception {
        LivestockCommune commune = new LivestockCommune().throughRoundOne();
        EventEnvelope handedOver = commune.ledger.store().readAll().stream()
                .filter(e -> e.payload() instanceof AnimalsHandedOver).findFirst().orElseThrow();

        assertThat(mapper.writeValueAsString(handedOver.payload())).isEqualTo("{\"type\":\"livestock.animals-handed-over\","
                + "\"earTags\":[\"G01\",\"G02\",\"G03\",\"G04\",\"G05\"],\"fromHouseholdId\":null,"
                + "\"fulfilledObligationId\":null,\"groupId\":\"to-de-a-ur\",\"handoverReference\":\"BB-BG-2021-09-15\","
                + "\"householdId\":\"HN-1\",\"obligationCount\":1,\"obligationDueOn\":\"2024-09-15\","
                + "\"openedObligationId\":\"to-de-a-ur:HN-1\",\"round\":1,\"species\":\"GOAT\","
                + "\"supportedOn\":\"2021-09-15\",\"value\":20000000}");
    }

    @Test
    void theNewReplacementEvent_hasItsJsonPinned() throws Exception {
        assertThat(mapper.writeValueAsString(AnimalReplaced.builder().replacedEarTag("G01").earTag("G21")
                .sex(AnimalSex.FEMALE).ageMonths(10).replacementReference("BB-BU-G21").householdId("HN-1").groupId("g")
                .species(Species.GOAT).paidAs(DeathHandling.GROUP_POOL_REPLACES).build())).isEqualTo(
                "{\"type\":\"livestock.animal-replaced\",\"ageMonths\":10,\"earTag\":\"G21\",\"groupId\":\"g\","
                + "\"householdId\":\"HN-1\",\"paidAs\":\"GROUP_POOL_REPLACES\",\"replacedEarTag\":\"G01\","
                + "\"replacementReference\":\"BB-BU-G21\",\"sex\":\"FEMALE\",\"species\":\"GOAT\"}");
    }

    @Test
    void theNewFieldsOfLots_appearOnlyWhenSet_andTheExceptionEventHasItsJsonPinned() throws Exception {
        PurchaseLotRecorded plain = PurchaseLotRecorded.builder().lotId("l").groupId("g").supplier("s")
                .contractReference("c").animals(LivestockCommune.goats(1)).build();
        String plainJson = "{\"type\":\"livestock.purchase-lot-recorded\",\"animals\":[{\"ageMonths\":10,"
                + "\"earTag\":\"G01\",\"healthCertificate\":\"KD-G01\",\"price\":4000000,\"sex\":\"FEMALE\","
                + "\"species\":\"GOAT\",\"weightKg\":18}],\"contractReference\":\"c\",\"groupId\":\"g\","
                + "\"lotId\":\"l\",\"supplier\":\"s\"}";
        assertThat(mapper.writeValueAsString(plain)).isEqualTo(plainJson);
        assertThat(mapper.writeValueAsString(mapper.readValue(plainJson, LedgerEvent.class))).isEqualTo(plainJson);

        String withBoth = mapper.writeValueAsString(PurchaseLotRecorded.builder().from(plain)
                .aboveNormJustification("Giá thị trường tăng").paidFromRevolvingFund(true).build());
        assertThat(withBoth).contains("\"aboveNormJustification\":\"Giá thị trường tăng\"")
                .contains("\"paidFromRevolvingFund\":true");
        assertThat(mapper.writeValueAsString(mapper.readValue(withBoth, LedgerEvent.class))).isEqualTo(withBoth);

        assertThat(mapper.writeValueAsString(LotAccepted.builder().lotId("l").groupId("g").minutesReference("m")
                .accepted(List.of("G01")).amountPaid(Money.ofMillions(4)).revolvingFundPaymentReference("PC-1").build()))
                .isEqualTo("{\"type\":\"livestock.lot-accepted\",\"accepted\":[\"G01\"],\"amountPaid\":4000000,"
                        + "\"expenditureId\":null,\"groupId\":\"g\",\"lotId\":\"l\",\"minutesReference\":\"m\","
                        + "\"oversight\":{},\"rejected\":[],\"revolvingFundPaymentReference\":\"PC-1\"}");

        assertThat(mapper.writeValueAsString(PackageExceptionRecorded.builder().groupId("g").householdId("HN-5")
                .species(Species.GOAT).headCount(3).justification("Hộ neo đơn").decisionReference("QĐ 12")
                .approvedBy("Chủ tịch UBND xã").build())).isEqualTo(
                "{\"type\":\"livestock.package-exception-recorded\",\"approvedBy\":\"Chủ tịch UBND xã\","
                + "\"decisionReference\":\"QĐ 12\",\"groupId\":\"g\",\"headCount\":3,\"householdId\":\"HN-5\","
                + "\"justification\":\"Hộ neo đơn\",\"species\":\"GOAT\"}");
    }

    @Test
    void theCorrectionEvents_haveTheirJsonPinned() throws Exception {
        assertThat(mapper.writeValueAsString(org.ketnghia.livestock.herd.BirthReversed.builder().earTag("K01")
                .reason("Ghi nhầm").correctionReference("BB-1").motherTag("G01").householdId("HN-1")
                .bornOn(java.time.LocalDate.of(2022, 3, 1)).build())).isEqualTo(
                "{\"type\":\"livestock.birth-reversed\",\"bornOn\":\"2022-03-01\",\"correctionReference\":\"BB-1\","
                + "\"earTag\":\"K01\",\"householdId\":\"HN-1\",\"motherTag\":\"G01\",\"reason\":\"Ghi nhầm\"}");
        assertThat(mapper.writeValueAsString(org.ketnghia.livestock.herd.SaleCorrected.builder().earTag("G08")
                .reason("Sai giá").correctionReference("BB-3").price(Money.ofDong(3_500_000)).householdId("HN-2")
                .build())).isEqualTo("{\"type\":\"livestock.sale-corrected\",\"correctionReference\":\"BB-3\","
                + "\"earTag\":\"G08\",\"householdId\":\"HN-2\",\"price\":3500000,\"reason\":\"Sai giá\",\"soldOn\":null}");
    }
}
