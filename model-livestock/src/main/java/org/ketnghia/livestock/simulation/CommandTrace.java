package org.ketnghia.livestock.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.SimulationClock;
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
import org.ketnghia.livestock.herd.RecordSale;

/**
 * Turns a traced replicate into the commands a real programme records: households and their poverty
 * status, money received per commune, one group per pilot commune with its whole queue, purchase,
 * acceptance and round-1 hand-over of the founders, then births (dated the first day of their
 * month), deaths and sales (the last day), and pass-ons (the first day, so that the ledger's ages
 * and due dates count whole months as the simulator does). Ear tags are {@code T<n>}, households
 * {@code <group>-H<slot>}, the group leader {@code <group>-TT}.
 */
final class CommandTrace implements TraceListener {

    private final LivestockSimulator.Compiled c;
    private final SimulationClock clock;
    private final TraceSetup setup;
    private final CommandSink sink;
    private final Actor actor;

    CommandTrace(LivestockSimulator.Compiled compiled, SimulationClock clock, TraceSetup setup, org.ketnghia.core.simulation.TraceContext context, CommandSink sink) {
        this.units = context.units();
        this.c = compiled;
        this.clock = clock;
        this.setup = setup;
        this.sink = sink;
        this.actor = setup.actor();
    }

    private String groupId(int g) {
        return "sim-to-" + (g + 1);
    }

    private String household(LivestockSimulator.Replicate r, int h) {
        return householdId(r.groupOf(h), r.slotOf(h));
    }

    private String householdId(int g, int slot) {
        return groupId(g) + "-H" + (slot + 1);
    }

    private static String tag(int id) {
        return "T" + id;
    }

    /**
     * The commune recording for household {@code h} on {@code date}: its group's pilot commune, or
     * after the 1 July 2025 mergers that commune's single successor in the reference units (the model's
     * handlers let a successor record for its predecessor's groups and animals).
     */
    private String commune(LivestockSimulator.Replicate r, int h, LocalDate date) {
        String commune = c.groupCommune[r.groupOf(h)];
        if (units.unitAsOf(commune, date).isPresent()) {
            return commune;
        }
        List<AdministrativeUnit> successors = units.successorsAsOf(commune, date);
        return successors.size() == 1 ? successors.get(0).code() : commune;
    }

    private final AdministrativeRegistry units;

    private long price(int d, boolean female, int ageMonths) {
        boolean young = ageMonths < DemographyParameters.YOUNG_UNTIL_MONTHS;
        return Math.max(1, c.price[d][(young ? 0 : 2) + (female ? 0 : 1)]);
    }

    @Override
    public void start(LivestockSimulator.Replicate r) {
        LocalDate start = clock.monthStart(0);
        int year = start.getYear();
        LocalDate registered = LocalDate.of(year - 1, 12, 1);
        LocalDate classified = LocalDate.of(year - 1, 12, 10);
        // founders per household, in household order
        Map<Integer, List<Integer>> founders = new LinkedHashMap<>();
        for (int i = 0; i < r.animals(); i++) {
            founders.computeIfAbsent(r.household(i), k -> new ArrayList<>()).add(i);
        }
        String province = c.groupCommune[0].contains(".") ? c.groupCommune[0].substring(0, c.groupCommune[0].indexOf('.'))
                : c.groupCommune[0];
        sink.submit(RegisterFundingSource.builder().actor(actor).unitCode(province).occurredOn(start)
                .sourceId("sim-nguon").name("Nguồn vốn mô phỏng").kind(FundingSourceKind.STATE_BUDGET).build());
        for (int g = 0; g < c.groups; g++) {
            int d = c.groupDistrict[g];
            String commune = c.groupCommune[g];
            String village = setup.villageByCommune().get(commune);
            if (village == null) {
                throw new IllegalArgumentException("trace mode: no village for commune " + commune);
            }
            Species species = c.species[d];
            Money unitPrice = c.programme.packageFor(species).orElseThrow().unitPrice();
            int members = c.groupRoundOne[g] + c.waitingCap;
            String leader = groupId(g) + "-TT";
            register(leader, commune, village, registered, classified, year, PovertyCategory.AVERAGE_LIVING_STANDARD);
            for (int slot = 0; slot < members; slot++) {
                register(householdId(g, slot), commune, village, registered, classified, year, PovertyCategory.POOR);
            }
            int head = c.groupRoundOne[g] * c.headPerHousehold[d];
            sink.submit(RecordReceipt.builder().actor(actor).unitCode(commune).occurredOn(start)
                    .receiptId("sim-thu-" + (g + 1)).unpledged(true).sourceId("sim-nguon").modelId(LivestockModel.ID)
                    .amount(unitPrice.times(head)).build());
            FoundGroup.Builder group = FoundGroup.builder();
            group.actor(actor).unitCode(commune).occurredOn(start).groupId(groupId(g))
                    .name("Tổ chăn nuôi " + species.label().vi() + " mô phỏng " + (g + 1)).species(species)
                    .decisionReference("QĐ mô phỏng " + (g + 1)).publicVoteOn(start.minusDays(7))
                    .charterReference("Quy chế tổ mô phỏng " + (g + 1)).passOnPolicy(c.policy)
                    .addLeaders(GroupLeader.household(leader, "CK-" + leader));
            for (int slot = 0; slot < members; slot++) {
                String id = householdId(g, slot);
                group.addMembers(GroupMember.of(id, slot == 0 ? GroupRole.DEPUTY_SECRETARY : GroupRole.MEMBER, "CK-" + id));
            }
            sink.submit(group.build());
            List<PurchasedAnimal> animals = new ArrayList<>();
            for (Map.Entry<Integer, List<Integer>> entry : founders.entrySet()) {
                if (r.groupOf(entry.getKey()) != g) {
                    continue;
                }
                for (int i : entry.getValue()) {
                    animals.add(PurchasedAnimal.builder().earTag(tag(r.animalId(i))).species(species)
                            .sex(AnimalSex.FEMALE).ageMonths(r.age(i)).weightKg(species == Species.CATTLE ? 150 : 18)
                            .healthCertificate("KD-" + tag(r.animalId(i))).price(unitPrice).build());
                }
            }
            String lot = "sim-lo-" + (g + 1);
            sink.submit(RecordPurchaseLot.builder().actor(actor).unitCode(commune).occurredOn(start).lotId(lot)
                    .groupId(groupId(g)).supplier("Nhà cung cấp mô phỏng").contractReference("HĐ mô phỏng " + (g + 1))
                    .animals(animals).build());
            sink.submit(AcceptLot.builder().actor(actor).unitCode(commune).occurredOn(start).lotId(lot)
                    .minutesReference("BB-NT-" + lot).putOversight(OversightParty.SPONSOR, "Đơn vị kết nghĩa")
                    .putOversight(OversightParty.PROVINCIAL_ETHNIC_AFFAIRS, "Ban Dân tộc tỉnh")
                    .putOversight(OversightParty.DISTRICT_ETHNIC_AFFAIRS, "Phòng Dân tộc huyện")
                    .putOversight(OversightParty.DISTRICT_AGRICULTURE, "Phòng NN&PTNT huyện")
                    .paymentReference("PC-" + lot).build());
            for (Map.Entry<Integer, List<Integer>> entry : founders.entrySet()) {
                if (r.groupOf(entry.getKey()) != g) {
                    continue;
                }
                HandOverAnimals.Builder handOver = HandOverAnimals.builder();
                handOver.actor(actor).unitCode(commune).occurredOn(start).groupId(groupId(g))
                        .householdId(household(r, entry.getKey())).fromHouseholdId(Optional.empty())
                        .handoverReference("BB-BG-" + household(r, entry.getKey()));
                for (int i : entry.getValue()) {
                    handOver.addEarTags(tag(r.animalId(i)));
                }
                sink.submit(handOver.build());
            }
        }
    }

    private void register(String id, String commune, String village, LocalDate registered, LocalDate classified,
            int year, PovertyCategory category) {
        sink.submit(RegisterHousehold.builder().actor(actor).unitCode(commune).occurredOn(registered).householdId(id)
                .villageCode(village).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.of("Chủ hộ " + id, Sex.FEMALE, 1980, HouseholdRelation.HEAD)).build());
        sink.submit(RecordPovertyStatus.builder().actor(actor).unitCode(commune).occurredOn(classified)
                .householdId(id).year(year).category(category)
                .basis("Quyết định mô phỏng ngày " + classified + " của UBND xã").build());
    }

    @Override
    public void born(LivestockSimulator.Replicate r, int kid, int mother, int month) {
        int h = r.household(mother);
        LocalDate date = clock.monthStart(month);
        sink.submit(RecordBirth.builder().actor(actor).unitCode(commune(r, h, date)).occurredOn(date)
                .motherTag(tag(r.animalId(mother))).earTag(tag(r.animalId(kid)))
                .sex(r.female(kid) ? AnimalSex.FEMALE : AnimalSex.MALE).build());
    }

    @Override
    public void died(LivestockSimulator.Replicate r, int i, int month) {
        LocalDate date = clock.monthEnd(month);
        String tag = tag(r.animalId(i));
        sink.submit(RecordDeath.builder().actor(actor).unitCode(commune(r, r.household(i), date)).occurredOn(date)
                .earTag(tag).diedOn(date).cause("Chết (mô phỏng)").vetCertificate(Optional.of("TY-" + tag)).build());
    }

    @Override
    public void sold(LivestockSimulator.Replicate r, int i, int month, String reason) {
        LocalDate date = clock.monthEnd(month);
        String tag = tag(r.animalId(i));
        int d = c.groupDistrict[r.groupOf(r.household(i))];
        sink.submit(RecordSale.builder().actor(actor).unitCode(commune(r, r.household(i), date)).occurredOn(date)
                .earTag(tag).buyer("Thương lái (" + reason + ")")
                .price(Money.ofDong(price(d, r.female(i), r.age(i)))).permissionReference(Optional.of("GP-" + tag))
                .build());
    }

    @Override
    public void handedOver(LivestockSimulator.Replicate r, int i, int from, int to, int month) {
        LocalDate date = clock.monthStart(month);
        sink.submit(HandOverAnimals.builder().actor(actor).unitCode(commune(r, from, date)).occurredOn(date)
                .groupId(groupId(r.groupOf(from))).householdId(household(r, to))
                .fromHouseholdId(Optional.of(household(r, from))).addEarTags(tag(r.animalId(i)))
                .handoverReference("BB-QV-" + tag(r.animalId(i))).build());
    }
}
