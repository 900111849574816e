package org.ketnghia.livestock.simulation.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.core.simulation.TraceContext;
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
import org.ketnghia.livestock.herd.ReplaceDeadAnimal;

/**
 * Turns a traced replicate into the commands a real programme records (<i>ghi vết vào sổ cái</i>).
 *
 * <p><b>Opening</b> (dated the programme's first month, households registered and classified in
 * December of the year before): a funding source of the province, then per group — one per pilot
 * commune — its leader and member households with their poverty status, the money received, the
 * founding decision with the group's <b>whole queue</b>, the purchase lot, its acceptance and the
 * round-1 hand-overs. The whole queue is every household the group's queue holds: with {@code
 * waitingHouseholdsPerGroup} = w, its round-1 households and w waiting ones; unbounded (w = 0), every
 * household the replicate reaches, however many. Since that is known only when the replicate ends,
 * every command is kept, in order, and submitted when it ends, opening first.
 *
 * <p><b>Then</b>, month by month in the engine's order: pass-ons (dated the first day of the month, the
 * census), births, deaths, sales and replacements of dead received animals (the last day). A young born
 * on the last day of month {@code t} is 0 whole months old on the first day of month {@code t+1} and
 * {@code a} whole months old {@code a} months later, exactly its age class in the simulator
 * (birth-flow convention), so the ledger's ages and due dates count whole months as the simulator does. Ear tags are {@code T<n>}, households {@code
 * <group>-H<slot>}, the group leader {@code <group>-TT}.
 *
 * <p>Everything the host decides comes from the {@link TraceContext}: each command is recorded for its
 * commune as in force on its date ({@link TraceContext#unitInForce}, the successor after a merger) by
 * {@link TraceContext#actorFor} that unit; households live in the commune's first village of the plan
 * ({@link TraceContext#villageOf}); heads are named by {@link TraceContext#participants()}. Nothing
 * here draws a random number.
 */
final class CommandTrace implements TraceListener {

    private static final String FUNDING_SOURCE = "sim-nguon";
    private static final String ETHNICITY = "Cơ Tu";
    private static final int HEAD_BIRTH_YEAR = 1980;

    private final CompiledPlan plan;
    private final SimulationClock clock;
    private final TraceContext context;
    private final CommandSink sink;
    /** Every command after the opening, in the order it happens. */
    private final List<Command> happenings = new ArrayList<>();
    /** The set-up commands (funding, groups, households, lots, first hand-overs), recorded before the happenings. */
    private final List<Command> opening = new ArrayList<>();
    /** Per household, the dead received animals the simulator replaces at the month's end, oldest first. */
    private final Map<Integer, Deque<String>> awaitingReplacement = new HashMap<>();
    // round-1 founders, in the order of the arrays at the start
    private int[] founderHousehold = new int[0];
    private int[] founderId = new int[0];
    private int[] founderAge = new int[0];
    /** Per group, the village its households live in. */
    private String[] villageOfGroup = new String[0];

    CommandTrace(CompiledPlan plan, SimulationClock clock, TraceContext context, CommandSink sink) {
        this.plan = plan;
        this.clock = clock;
        this.context = context;
        this.sink = sink;
    }

    /** Takes the founders, and each group's village, so that a missing village stops the trace before it runs. */
    @Override
    public void start(HerdState herd) {
        villageOfGroup = new String[plan.groups];
        for (int g = 0; g < plan.groups; g++) {
            villageOfGroup[g] = context.villageOf(plan.groupCommune[g]);
        }
        founderHousehold = new int[herd.slots];
        founderId = Arrays.copyOf(herd.animalId, herd.slots);
        founderAge = new int[herd.slots];
        for (int i = 0; i < herd.slots; i++) {
            founderHousehold[i] = herd.household(i);
            founderAge[i] = herd.age(i, 0);
        }
    }

    @Override
    public void born(HerdState herd, int kid, int mother, int month) {
        LocalDate date = clock.monthEnd(month);
        String unit = unit(herd, herd.household(mother), date);
        happenings.add(RecordBirth.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(date)
                .motherTag(tag(herd.animalId[mother])).earTag(tag(herd.animalId[kid]))
                .sex(herd.female(kid) ? AnimalSex.FEMALE : AnimalSex.MALE).build());
    }

    @Override
    public void died(HerdState herd, int i, int month) {
        LocalDate date = clock.monthEnd(month);
        int h = herd.household(i);
        String unit = unit(herd, h, date);
        String tag = tag(herd.animalId[i]);
        happenings.add(RecordDeath.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(date)
                .earTag(tag).diedOn(date).cause("Chết (mô phỏng)").vetCertificate(Optional.of("TY-" + tag)).build());
        if (herd.received(i) && herd.obligation[h] == HerdState.OPEN && !plan.writeOff) {
            awaitingReplacement.computeIfAbsent(h, key -> new ArrayDeque<>()).add(tag);
        }
    }

    @Override
    public void sold(HerdState herd, int i, int month, String reason) {
        LocalDate date = clock.monthEnd(month);
        String unit = unit(herd, herd.household(i), date);
        String tag = tag(herd.animalId[i]);
        long price = Math.max(1, plan.price(herd.district(i), herd.female(i), herd.age(i, month)));
        happenings.add(RecordSale.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(date)
                .earTag(tag).buyer("Thương lái (" + reason + ")").price(Money.ofDong(price))
                .permissionReference(Optional.of("GP-" + tag)).build());
    }

    @Override
    public void handedOver(HerdState herd, int i, int from, int to, int month) {
        LocalDate date = clock.monthStart(month);
        String unit = unit(herd, from, date);
        String tag = tag(herd.animalId[i]);
        happenings.add(HandOverAnimals.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(date)
                .groupId(groupId(herd.groupOfHousehold[from])).householdId(householdId(herd, to))
                .fromHouseholdId(householdId(herd, from)).addEarTags(tag).handoverReference("BB-QV-" + tag).build());
    }

    @Override
    public void replaced(HerdState herd, int i, int h, int month) {
        LocalDate date = clock.monthEnd(month);
        String unit = unit(herd, h, date);
        String tag = tag(herd.animalId[i]);
        String dead = awaitingReplacement.get(h).removeFirst();
        happenings.add(ReplaceDeadAnimal.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(date)
                .replacedEarTag(dead).earTag(tag).sex(AnimalSex.FEMALE).ageMonths(herd.age(i, month + 1))
                .replacementReference("BB-BU-" + tag).build());
    }

    @Override
    public void finish(HerdState herd) {
        open(herd);
        sink.submitInOrder(opening);
        opening.clear();
        sink.submitInOrder(happenings);
        happenings.clear();
    }

    // ------------------------------------------------------------------ the opening

    private void open(HerdState herd) {
        LocalDate start = clock.monthStart(0);
        String province = province(start);
        if (!context.fundedByHost()) { // otherwise the sponsors' money, received by the host, pays for the animals
            opening.add(RegisterFundingSource.builder().actor(context.actorFor(province)).unitCode(province)
                    .occurredOn(start).sourceId(context.id(FUNDING_SOURCE)).name("Nguồn vốn mô phỏng")
                    .kind(FundingSourceKind.STATE_BUDGET).build());
        }
        for (int g = 0; g < plan.groups; g++) {
            openGroup(herd, g, start);
        }
    }

    private void openGroup(HerdState herd, int g, LocalDate start) {
        int year = start.getYear();
        LocalDate registered = LocalDate.of(year - 1, 12, 1);
        LocalDate classified = LocalDate.of(year - 1, 12, 10);
        int d = plan.groupDistrict[g];
        String planCommune = plan.groupCommune[g];
        String commune = context.unitInForce(planCommune, start);
        String village = villageOfGroup[g];
        Species species = plan.species[d];
        Money unitPrice = plan.programme.packageFor(species).orElseThrow().unitPrice();
        int members = plan.waitingCap > 0 ? plan.groupRoundOne[g] + plan.waitingCap : herd.groupNextSlot[g];
        String leader = groupId(g) + "-TT";
        register(leader, planCommune, village, registered, classified, year, PovertyCategory.AVERAGE_LIVING_STANDARD);
        for (int slot = 0; slot < members; slot++) {
            register(householdId(g, slot), planCommune, village, registered, classified, year, PovertyCategory.POOR);
        }
        int head = plan.groupRoundOne[g] * plan.headPerHousehold[d];
        if (!context.fundedByHost()) {
            opening.add(RecordReceipt.builder().actor(context.actorFor(commune)).unitCode(commune).occurredOn(start)
                    .receiptId(context.id("sim-thu-" + (g + 1))).unpledged(true).sourceId(context.id(FUNDING_SOURCE))
                    .modelId(LivestockModel.ID).amount(unitPrice.times(head)).build());
        }
        FoundGroup.Builder group = FoundGroup.builder();
        group.actor(context.actorFor(commune)).unitCode(commune).occurredOn(start).groupId(groupId(g))
                .name("Tổ chăn nuôi " + species.label().vi() + " mô phỏng " + (g + 1)).species(species)
                .decisionReference("QĐ mô phỏng " + (g + 1)).publicVoteOn(start.minusDays(7))
                .charterReference("Quy chế tổ mô phỏng " + (g + 1)).passOnPolicy(plan.policy)
                .addLeaders(GroupLeader.household(leader, "CK-" + leader));
        for (int slot = 0; slot < members; slot++) {
            String id = householdId(g, slot);
            group.addMembers(GroupMember.of(id, slot == 0 ? GroupRole.DEPUTY_SECRETARY : GroupRole.MEMBER, "CK-" + id));
        }
        opening.add(group.build());
        List<PurchasedAnimal> animals = new ArrayList<>();
        for (int f = 0; f < founderId.length; f++) {
            if (herd.groupOfHousehold[founderHousehold[f]] == g) {
                animals.add(PurchasedAnimal.builder().earTag(tag(founderId[f])).species(species).sex(AnimalSex.FEMALE)
                        .ageMonths(founderAge[f]).weightKg(species == Species.CATTLE ? 150 : 18)
                        .healthCertificate("KD-" + tag(founderId[f])).price(unitPrice).build());
            }
        }
        String lot = context.id("sim-lo-" + (g + 1));
        opening.add(RecordPurchaseLot.builder().actor(context.actorFor(commune)).unitCode(commune).occurredOn(start)
                .lotId(lot).groupId(groupId(g)).supplier("Nhà cung cấp mô phỏng")
                .contractReference("HĐ mô phỏng " + (g + 1)).animals(animals).build());
        opening.add(AcceptLot.builder().actor(context.actorFor(commune)).unitCode(commune).occurredOn(start).lotId(lot)
                .minutesReference("BB-NT-" + lot).putOversight(OversightParty.SPONSOR, "Đơn vị kết nghĩa")
                .putOversight(OversightParty.PROVINCIAL_ETHNIC_AFFAIRS, "Ban Dân tộc tỉnh")
                .putOversight(OversightParty.DISTRICT_ETHNIC_AFFAIRS, "Phòng Dân tộc huyện")
                .putOversight(OversightParty.DISTRICT_AGRICULTURE, "Phòng NN&PTNT huyện")
                .paymentReference("PC-" + lot).build());
        handOverFounders(herd, g, commune, start);
    }

    /** Round 1: each founder household of group {@code g} receives its founders, in household order. */
    private void handOverFounders(HerdState herd, int g, String commune, LocalDate start) {
        int f = 0;
        while (f < founderId.length) {
            int h = founderHousehold[f];
            int end = f;
            while (end < founderId.length && founderHousehold[end] == h) {
                end++;
            }
            if (herd.groupOfHousehold[h] == g) {
                String household = householdId(herd, h);
                HandOverAnimals.Builder handOver = HandOverAnimals.builder();
                handOver.actor(context.actorFor(commune)).unitCode(commune).occurredOn(start).groupId(groupId(g))
                        .householdId(household).fromHouseholdId(Optional.empty())
                        .handoverReference("BB-BG-" + household);
                for (int k = f; k < end; k++) {
                    handOver.addEarTags(tag(founderId[k]));
                }
                opening.add(handOver.build());
            }
            f = end;
        }
    }

    private void register(String id, String planCommune, String village, LocalDate registered, LocalDate classified,
            int year, PovertyCategory category) {
        String commune = context.unitInForce(planCommune, registered);
        opening.add(RegisterHousehold.builder().actor(context.actorFor(commune)).unitCode(commune)
                .occurredOn(registered).householdId(id).villageCode(village).ethnicity(ETHNICITY)
                .members(context.participants().householdMembers(id, Sex.FEMALE, HEAD_BIRTH_YEAR, 1)).build());
        String classifying = context.unitInForce(planCommune, classified);
        opening.add(RecordPovertyStatus.builder().actor(context.actorFor(classifying)).unitCode(classifying)
                .occurredOn(classified).householdId(id).year(year).category(category)
                .basis("Quyết định mô phỏng ngày " + classified + " của UBND xã").build());
    }

    // ------------------------------------------------------------------ names and units

    /** The province of the plan's first commune (where the funding source is registered). */
    private String province(LocalDate date) {
        String commune = plan.groupCommune[0];
        return context.units().ancestorAtLevel(commune, AdminLevel.PROVINCE, date).map(AdministrativeUnit::code)
                .orElse(commune);
    }

    /** The unit recording for household {@code h} on {@code date}: its group's commune, or its successor. */
    private String unit(HerdState herd, int h, LocalDate date) {
        return context.unitInForce(plan.groupCommune[herd.groupOfHousehold[h]], date);
    }

    // every id minted here goes through the context, which may prefix it (two programmes in one ledger)

    private String groupId(int g) {
        return context.id("sim-to-" + (g + 1));
    }

    private String householdId(HerdState herd, int h) {
        return householdId(herd.groupOfHousehold[h], herd.queueSlot[h]);
    }

    private String householdId(int g, int slot) {
        return groupId(g) + "-H" + (slot + 1);
    }

    private String tag(int id) {
        return context.id("T" + id);
    }
}
