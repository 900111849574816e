package org.ketnghia.livestock.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.group.FoundGroup;
import org.ketnghia.livestock.group.GroupLeader;
import org.ketnghia.livestock.group.GroupMember;
import org.ketnghia.livestock.group.GroupRole;
import org.ketnghia.livestock.herd.AcceptLot;
import org.ketnghia.livestock.herd.HandOverAnimals;
import org.ketnghia.livestock.herd.OversightParty;
import org.ketnghia.livestock.herd.PurchasedAnimal;
import org.ketnghia.livestock.herd.RecordBirth;
import org.ketnghia.livestock.herd.RecordDeath;
import org.ketnghia.livestock.herd.RecordPurchaseLot;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * A ledger recorded by hand for the forecast tests: the goat group of thôn A Ur (xã A Xan, Tây Giang), five
 * member households HN-1…HN-5 and a leader, round 1 on 15 September 2021 (HN-1 G01–G05, HN-2 G06–G10, the fifth
 * goat of each male, ten months old on 10 September 2021), then births, a death and a pass-on:
 * <ul>
 *   <li>5 March 2022: G01 gives birth to K1 (female) and K2 (male);</li>
 *   <li>20 April 2022: G02 to K3 (male); 10 May 2022: G06 to K4 (female);</li>
 *   <li>30 June 2022: G07 dies (certified);</li>
 *   <li>10 November 2022: HN-1 passes K1 on to HN-3 (round 2);</li>
 *   <li>1 January 2023: G03 gives birth to K5 (female).</li>
 * </ul>
 * The programme starts on 1 September 2021 for five years: month 0 is September 2021.
 */
final class ForecastLedger {

    static final LocalDate START = LocalDate.of(2021, 9, 1);
    static final int YEARS = 5;
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final String GROUP = "to-de-a-ur";
    static final Actor PROVINCE = Fixtures.PROVINCE;
    static final String A_XAN = Participants.A_XAN;
    static final LivestockProgramme A_XAN_GOATS = programme(Participants.TAY_GIANG_DISTRICT, A_XAN);

    final KetnghiaRuntime runtime;
    final Ledger ledger;
    private final List<Command> submitted = new ArrayList<>();

    ForecastLedger() {
        runtime = KetnghiaRuntime.builder().addModel(new LivestockModel(A_XAN_GOATS))
                .administrativeUnits(Participants.units()).clock(Fixtures.CLOCK).build();
        ledger = runtime.ledger();
    }

    /** A goat programme of one district and one pilot commune. */
    static LivestockProgramme programme(String district, String commune) {
        return LivestockProgramme.builder().planDate(LocalDate.of(2021, 7, 1))
                .packages(LivestockProgramme.quangNam2021().packages())
                .addDistricts(DistrictPlan.builder().districtCode(district).prioritySpecies(Species.GOAT)
                        .pilotCommunes(List.of(commune)).targetHouseholds(2).targetHead(10).build())
                .build();
    }

    static SimulationScenario scenario(LivestockProgramme programme) {
        return new SimulationScenario(START, YEARS, new PlanSection(LivestockModel.ID, "models.livestock",
                KetnghiaJson.newObjectMapper().valueToTree(programme)));
    }

    ForecastLedger submit(Command command) {
        ledger.submit(command);
        submitted.add(command);
        return this;
    }

    /** Everything the class javadoc lists. */
    ForecastLedger recorded() {
        for (String household : List.of("HN-1", "HN-2", "HN-3", "HN-4", "HN-5", "HN-L")) {
            submit(Participants.household(household, Participants.A_UR, A_XAN,
                    Participants.head("Chủ hộ " + household, Sex.FEMALE, 1975)).occurredOn(LocalDate.of(2020, 11, 2))
                    .ethnicity("Cơ Tu").build());
            submit(Participants.status(household, A_XAN, 2021,
                    household.equals("HN-L") ? PovertyCategory.AVERAGE_LIVING_STANDARD : PovertyCategory.POOR));
        }
        submit(RegisterFundingSource.builder().actor(PROVINCE).unitCode("QNA").occurredOn(LocalDate.of(2021, 7, 15))
                .sourceId("dn-1").name("Doanh nghiệp hỗ trợ").kind(FundingSourceKind.ENTERPRISE).build());
        submit(RecordReceipt.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(LocalDate.of(2021, 7, 15))
                .receiptId("thu-1").unpledged(true).sourceId("dn-1").modelId(LivestockModel.ID)
                .amount(Money.ofMillions(100)).build());
        FoundGroup.Builder group = FoundGroup.builder();
        group.actor(PROVINCE).unitCode(A_XAN).occurredOn(LocalDate.of(2021, 8, 1)).groupId(GROUP)
                .name("Tổ chăn nuôi dê thôn A Ur").species(Species.GOAT).decisionReference("QĐ 45/QĐ-UBND")
                .publicVoteOn(LocalDate.of(2021, 7, 25)).charterReference("Quy chế tổ 01/2021")
                .passOnPolicy(PassOnPolicies.standard().require(PassOnPolicies.FIRST_FEMALE_OFFSPRING))
                .addLeaders(GroupLeader.household("HN-L", "CK-L"));
        List<String> members = List.of("HN-1", "HN-2", "HN-3", "HN-4", "HN-5");
        for (int i = 0; i < members.size(); i++) {
            group.addMembers(GroupMember.of(members.get(i), i == 0 ? GroupRole.DEPUTY_SECRETARY : GroupRole.MEMBER,
                    "CK-" + members.get(i)));
        }
        submit(group.build());
        List<PurchasedAnimal> goats = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            goats.add(PurchasedAnimal.builder().earTag(String.format("G%02d", i)).species(Species.GOAT)
                    .sex(i % 5 == 0 ? AnimalSex.MALE : AnimalSex.FEMALE).ageMonths(10).weightKg(18)
                    .healthCertificate("KD-" + i).price(Money.ofMillions(4)).build());
        }
        submit(RecordPurchaseLot.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(LocalDate.of(2021, 9, 1))
                .lotId("LO-1").groupId(GROUP).supplier("HTX chăn nuôi Đại Lộc").contractReference("HĐ 12/2021")
                .animals(goats).build());
        submit(AcceptLot.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(LocalDate.of(2021, 9, 10)).lotId("LO-1")
                .minutesReference("BB-NT-LO-1").putOversight(OversightParty.SPONSOR, "Sở Tài chính")
                .putOversight(OversightParty.PROVINCIAL_ETHNIC_AFFAIRS, "Ban Dân tộc tỉnh")
                .putOversight(OversightParty.DISTRICT_ETHNIC_AFFAIRS, "Phòng Dân tộc Tây Giang")
                .putOversight(OversightParty.DISTRICT_AGRICULTURE, "Phòng NN&PTNT Tây Giang")
                .paymentReference("PC-LO-1").build());
        LocalDate handed = LocalDate.of(2021, 9, 15);
        submit(handOver(handed, "HN-1", Optional.empty(), "G01", "G02", "G03", "G04", "G05"));
        submit(handOver(handed, "HN-2", Optional.empty(), "G06", "G07", "G08", "G09", "G10"));
        submit(birth(LocalDate.of(2022, 3, 5), "G01", "K1", AnimalSex.FEMALE));
        submit(birth(LocalDate.of(2022, 3, 5), "G01", "K2", AnimalSex.MALE));
        submit(birth(LocalDate.of(2022, 4, 20), "G02", "K3", AnimalSex.MALE));
        submit(birth(LocalDate.of(2022, 5, 10), "G06", "K4", AnimalSex.FEMALE));
        LocalDate died = LocalDate.of(2022, 6, 30);
        submit(RecordDeath.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(died).earTag("G07").diedOn(died)
                .cause("Viêm phổi").vetCertificate(Optional.of("TY-G07")).build());
        submit(handOver(LocalDate.of(2022, 11, 10), "HN-3", Optional.of("HN-1"), "K1"));
        submit(birth(LocalDate.of(2023, 1, 1), "G03", "K5", AnimalSex.FEMALE));
        return this;
    }

    static HandOverAnimals handOver(LocalDate date, String householdId, Optional<String> from, String... tags) {
        return HandOverAnimals.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date).groupId(GROUP)
                .householdId(householdId).fromHouseholdId(from).addEarTags(tags).handoverReference("BB-BG-" + date)
                .build();
    }

    static RecordBirth birth(LocalDate date, String mother, String tag, AnimalSex sex) {
        return RecordBirth.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date).motherTag(mother).earTag(tag)
                .sex(sex).build();
    }
}
