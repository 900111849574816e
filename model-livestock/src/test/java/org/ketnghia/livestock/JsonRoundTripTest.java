package org.ketnghia.livestock;

import org.ketnghia.livestock.programme.LivestockProgramme;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.livestock.group.AddGroupMembers;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.GroupMembersAdded;
import org.ketnghia.livestock.herd.AnimalsTransferred;
import org.ketnghia.livestock.herd.BirthReversed;
import org.ketnghia.livestock.herd.DeathReversed;
import org.ketnghia.livestock.herd.SaleCorrected;
import org.ketnghia.testing.Participants;
import org.ketnghia.livestock.group.GroupLeader;
import org.ketnghia.livestock.group.LeaderBasis;
import org.ketnghia.livestock.herd.AcceptLot;
import org.ketnghia.livestock.herd.AnimalBorn;
import org.ketnghia.livestock.herd.AnimalDied;
import org.ketnghia.livestock.herd.AnimalLost;
import org.ketnghia.livestock.herd.AnimalReplaced;
import org.ketnghia.livestock.herd.AnimalSold;
import org.ketnghia.livestock.herd.AnimalsHandedOver;
import org.ketnghia.livestock.herd.AnimalsVaccinated;
import org.ketnghia.livestock.herd.CashPaidInstead;
import org.ketnghia.livestock.herd.LotAccepted;
import org.ketnghia.livestock.herd.ObligationWaived;
import org.ketnghia.livestock.herd.OversightParty;
import org.ketnghia.livestock.herd.PackageExceptionRecorded;
import org.ketnghia.livestock.herd.PayCashInstead;
import org.ketnghia.livestock.herd.RecordPackageException;
import org.ketnghia.livestock.herd.RecordPurchaseLot;
import org.ketnghia.livestock.herd.PurchaseLotRecorded;
import org.ketnghia.livestock.herd.RecordLoss;
import org.ketnghia.livestock.herd.RecordVaccination;
import org.ketnghia.livestock.herd.ReplaceDeadAnimal;
import org.ketnghia.livestock.herd.RejectedAnimal;
import org.ketnghia.livestock.herd.Vaccine;
import org.ketnghia.livestock.herd.WaiveObligation;
import org.ketnghia.livestock.passon.DeathHandling;

/** Every event and command type survives a JSON round trip through its base type: an equal value and the same bytes. */
class JsonRoundTripTest {

    private static final LocalDate DAY = LocalDate.of(2022, 5, 1);
    private final ObjectMapper mapper = new LivestockCommune().runtime.objectMapper();

    @Test
    void everyEventType_roundTripsThroughLedgerEvent() throws Exception {
        List<LedgerEvent> events = List.of(
                GroupFounded.builder().groupId("g").name("Tổ").communeCode(LivestockCommune.A_XAN).species(Species.GOAT)
                        .decisionReference("QĐ").publicVoteOn(DAY).charterReference("QC")
                        .passOnPolicy(LivestockCommune.FIRST_FEMALE)
                        .leader(GroupLeader.person("p", "CK", LeaderBasis.FARMERS_UNION_MEMBER))
                        .members(LivestockCommune.group("g", "HN-1", "HN-2").build().members())
                        .categories(Map.of("HN-1", PovertyCategory.POOR)).queue(List.of("HN-1", "HN-2"))
                        .speciesJustification("lý do").build(),
                PurchaseLotRecorded.builder().lotId("l").groupId("g").supplier("s").contractReference("c")
                        .animals(LivestockCommune.goats(2)).build(),
                LotAccepted.builder().lotId("l").groupId("g").minutesReference("m")
                        .oversight(Map.of(OversightParty.SPONSOR, "Sở")).accepted(List.of("G01"))
                        .rejected(List.of(RejectedAnimal.of("G02", "gầy"))).amountPaid(Money.ofMillions(4))
                        .expenditureId("livestock-l").build(),
                AnimalsHandedOver.builder().groupId("g").householdId("HN-3").fromHouseholdId("HN-1").round(2)
                        .species(Species.GOAT).earTags(List.of("K01")).value(Money.ofMillions(4)).handoverReference("b")
                        .supportedOn(DAY).openedObligationId("g:HN-3").obligationDueOn(DAY.plusMonths(36))
                        .obligationCount(1).fulfilledObligationId("g:HN-1").build(),
                AnimalBorn.builder().earTag("K01").motherTag("G01").species(Species.GOAT).sex(AnimalSex.FEMALE)
                        .householdId("HN-1").groupId("g").build(),
                AnimalDied.builder().earTag("G01").diedOn(DAY).cause("ốm").vetCertificate("TY").householdId("HN-1").build(),
                AnimalSold.builder().earTag("G01").householdId("HN-1").buyer("b").price(Money.ofMillions(3))
                        .permissionReference("GP").build(),
                AnimalsVaccinated.builder().earTags(List.of("G01")).vaccine(Vaccine.FOOT_AND_MOUTH).reference("r").build(),
                AnimalLost.builder().earTag("G01").stolen(true).reportReference("r").build(),
                ObligationWaived.builder().obligationId("g:HN-1").reason("r").decisionReference("QĐ").build(),
                CashPaidInstead.builder().obligationId("g:HN-1").amount(Money.ofMillions(5)).receiptReference("r").build(),
                AnimalReplaced.builder().replacedEarTag("G01").earTag("G99").sex(AnimalSex.FEMALE).ageMonths(10)
                        .replacementReference("BB-BU-1").householdId("HN-1").groupId("g").species(Species.GOAT)
                        .paidAs(DeathHandling.GROUP_POOL_REPLACES).build(),
                PackageExceptionRecorded.builder().groupId("g").householdId("HN-5").species(Species.GOAT).headCount(3)
                        .justification("Hộ neo đơn, chỉ đủ chuồng cho 3 con dê").decisionReference("QĐ 12")
                        .approvedBy("Chủ tịch UBND xã").build(),
                PurchaseLotRecorded.builder().lotId("l2").groupId("g").supplier("s").contractReference("c")
                        .animals(LivestockCommune.goats(1)).aboveNormJustification("Giá thị trường tăng")
                        .paidFromRevolvingFund(true).build(),
                LotAccepted.builder().lotId("l2").groupId("g").minutesReference("m")
                        .oversight(Map.of(OversightParty.SPONSOR, "Sở")).accepted(List.of("G01"))
                        .amountPaid(Money.ofMillions(4)).revolvingFundPaymentReference("PC-QV-1").build(),
                GroupMembersAdded.builder().groupId("g").decisionReference("QĐ 77")
                        .members(LivestockCommune.group("g", "HN-6").build().members())
                        .categories(Map.of("HN-6", PovertyCategory.POOR)).queue(List.of("HN-1", "HN-6"))
                        .placedBefore("HN-2").build(),
                AnimalsTransferred.builder().earTags(List.of("G01")).toGroupId("g2").toHouseholdId("HN-6")
                        .reason("Tổ nhận thiếu con giống").minutesReference("BB-DC-1").fromGroupId("g")
                        .fromHouseholdId("HN-1").fromCommuneCode(LivestockCommune.A_XAN)
                        .toCommuneCode(Participants.TAY_GIANG_COMMUNE).species(Species.GOAT).build(),
                AnimalsTransferred.builder().earTags(List.of("G61")).toGroupId("g2").reason("r").minutesReference("m")
                        .fromGroupId("g").fromCommuneCode(LivestockCommune.A_XAN).toCommuneCode(LivestockCommune.A_XAN)
                        .species(Species.GOAT).build(),
                BirthReversed.builder().earTag("K01").reason("Ghi nhầm").correctionReference("BB-1").motherTag("G01")
                        .householdId("HN-1").bornOn(DAY).build(),
                DeathReversed.builder().earTag("G01").reason("Ghi nhầm").correctionReference("BB-2").diedOn(DAY)
                        .householdId("HN-1").build(),
                DeathReversed.builder().earTag("G01").reason("Ghi nhầm").correctionReference("BB-2").diedOn(DAY).build(),
                SaleCorrected.builder().earTag("G08").reason("Sai giá").correctionReference("BB-3")
                        .price(Money.ofDong(3_500_000)).soldOn(DAY).householdId("HN-2").build(),
                SaleCorrected.builder().earTag("G08").reason("Sai giá").correctionReference("BB-3")
                        .price(Money.ofDong(3_500_000)).householdId("HN-2").build());

        List<Class<?>> eventClasses = events.stream().<Class<?>>map(e -> e.getClass().getSuperclass()).distinct()
                .toList();
        assertThat(eventClasses).containsExactlyInAnyOrderElementsOf(
                new LivestockModel(LivestockProgramme.quangNam2021()).eventTypes());
        for (LedgerEvent event : events) {
            String json = mapper.writeValueAsString(event);
            assertThat(mapper.readValue(json, LedgerEvent.class)).isEqualTo(event);
            assertThat(mapper.writeValueAsString(mapper.readValue(json, LedgerEvent.class))).isEqualTo(json);
            assertThat(json).contains("\"type\":\"livestock.");
        }
    }

    @Test
    void everyCommandType_roundTripsThroughCommand() throws Exception {
        List<Command> commands = List.of(
                LivestockCommune.group("g", "HN-1", "HN-2").speciesJustification("x").build(),
                LivestockCommune.lot("l", LivestockCommune.goats(3)),
                LivestockCommune.accept("l", RejectedAnimal.of("G01", "gầy")).build(),
                LivestockCommune.handOver(DAY, "HN-3", Optional.of("HN-1"), "K01"),
                LivestockCommune.birth(DAY, "G01", "K01", AnimalSex.FEMALE),
                LivestockCommune.death(DAY, "G01", Optional.of("TY")),
                LivestockCommune.sale(DAY, "G01", Optional.of("GP")),
                RecordVaccination.builder().actor(LivestockCommune.PROVINCE).unitCode(LivestockCommune.A_XAN).occurredOn(DAY)
                        .earTags(List.of("G01")).vaccine(Vaccine.HAEMORRHAGIC_SEPTICAEMIA).reference("r").build(),
                RecordLoss.builder().actor(LivestockCommune.PROVINCE).unitCode(LivestockCommune.A_XAN).occurredOn(DAY)
                        .earTag("G01").stolen(false).reportReference("r").build(),
                WaiveObligation.builder().actor(LivestockCommune.PROVINCE).unitCode(LivestockCommune.A_XAN).occurredOn(DAY)
                        .obligationId("g:HN-1").reason("r").decisionReference("QĐ").build(),
                PayCashInstead.builder().actor(LivestockCommune.PROVINCE).unitCode(LivestockCommune.A_XAN).occurredOn(DAY)
                        .obligationId("g:HN-1").amount(Money.ofMillions(5)).receiptReference("r").build(),
                ReplaceDeadAnimal.builder().actor(LivestockCommune.PROVINCE).unitCode(LivestockCommune.A_XAN)
                        .occurredOn(DAY).replacedEarTag("G01").earTag("G99").sex(AnimalSex.FEMALE).ageMonths(10)
                        .replacementReference("BB-BU-1").build(),
                RecordPackageException.builder().actor(LivestockCommune.PROVINCE).unitCode(LivestockCommune.A_XAN)
                        .occurredOn(DAY).groupId("g").householdId("HN-5").species(Species.GOAT).headCount(3)
                        .justification("Hộ neo đơn, chỉ đủ chuồng cho 3 con dê").decisionReference("QĐ 12")
                        .approvedBy("Chủ tịch UBND xã").build(),
                RecordPurchaseLot.builder().from(LivestockCommune.lot("l2", LivestockCommune.goats(1)))
                        .aboveNormJustification("Giá thị trường tăng").paidFromRevolvingFund(true).build(),
                Corrections.addMembers(LivestockCommune.PROVINCE, DAY, "g", "HN-6", "HN-7"),
                AddGroupMembers.builder().from(Corrections.addMembers(LivestockCommune.PROVINCE, DAY, "g", "HN-6"))
                        .placedBefore("HN-3").build(),
                Corrections.transfer(LivestockCommune.PROVINCE, DAY, "g2", Optional.of("HN-6"), "G01", "G02"),
                Corrections.transfer(LivestockCommune.PROVINCE, DAY, "g2", Optional.empty(), "G61"),
                Corrections.reverseBirth(LivestockCommune.PROVINCE, DAY, "K01"),
                Corrections.reverseDeath(LivestockCommune.PROVINCE, DAY, "G01"),
                Corrections.correctSale(LivestockCommune.PROVINCE, DAY, "G08", Optional.of(Money.ofDong(3_500_000)),
                        Optional.of(DAY.minusDays(3))),
                Corrections.correctSale(LivestockCommune.PROVINCE, DAY, "G08", Optional.empty(),
                        Optional.of(DAY.minusDays(3))));

        List<Class<?>> commandClasses = commands.stream().<Class<?>>map(c -> c.getClass().getSuperclass()).distinct()
                .toList();
        assertThat(commandClasses).containsExactlyInAnyOrderElementsOf(
                Fixtures.commandTypes(new LivestockModel(LivestockProgramme.quangNam2021())));
        for (Command command : commands) {
            String json = mapper.writeValueAsString(command);
            assertThat(mapper.readValue(json, Command.class)).isEqualTo(command);
            assertThat(mapper.writeValueAsString(mapper.readValue(json, Command.class))).isEqualTo(json);
        }
        assertThat(AcceptLot.TYPE).isEqualTo("livestock.accept-lot");
    }
}
