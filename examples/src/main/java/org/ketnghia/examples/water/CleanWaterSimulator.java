package org.ketnghia.examples.water;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationScenario;

/**
 * Simulates the clean-water model: each installation year, every household of a commune still
 * waiting is equipped with probability {@code annualUptake}. Records per programme year the
 * households equipped so far ({@value #HOUSEHOLDS_EQUIPPED}) and the money spent so far ({@value
 * #SPENT}, đồng). In trace mode each equipped household is registered (illustrative name), given a
 * poverty status and equipped through {@link InstallWaterSystem}, with the same random draws.
 * Thread-safe: all state is on the stack.
 */
public final class CleanWaterSimulator implements ModelSimulator {

    /** Households equipped so far, at the end of each programme year. */
    public static final String HOUSEHOLDS_EQUIPPED = "clean-water.households-equipped";
    /** Money spent so far, đồng. */
    public static final String SPENT = "clean-water.spent";

    private static final Actor RECORDER = Actor.system("ban-dan-toc-tinh");
    private static final String[] FAMILY = {"Bríu", "Alăng", "Zơrâm", "Bhling", "Clâu", "Hôih", "Riah", "Pơloong",
        "Hồ", "Đinh", "Trần", "Nguyễn"};
    private static final String[] GIVEN_MALE = {"Văn Bốn", "Văn Sáu", "Văn Dũng", "Văn Hùng", "Văn Nhất", "Văn Thanh"};
    private static final String[] GIVEN_FEMALE = {"Thị Hoa", "Thị Mai", "Thị Lan", "Thị Nga", "Thị Hiền", "Thị Xuân"};

    @Override
    public String modelId() {
        return CleanWaterModel.ID;
    }

    @Override
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
        run(scenario, random, recorder, null);
    }

    @Override
    public void simulateTrace(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            CommandSink sink) {
        run(scenario, random, recorder, java.util.Objects.requireNonNull(sink, "sink"));
    }

    private static void run(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            CommandSink sink) {
        WaterPlan plan = CleanWaterModel.bind(scenario.section(), KetnghiaJson.newObjectMapper());
        int[] equipped = new int[plan.communes().size()];
        long spent = 0;
        for (int year = 1; year <= scenario.years(); year++) {
            if (year <= plan.installationYears()) {
                for (int c = 0; c < equipped.length; c++) {
                    WaterPlan.WaterCommune commune = plan.communes().get(c);
                    int waiting = commune.targetHouseholds() - equipped[c];
                    for (int h = 0; h < waiting; h++) {
                        if (random.nextDouble() < plan.annualUptake()) {
                            equipped[c]++;
                            spent += plan.unitPrice().dong();
                            if (sink != null) {
                                trace(scenario, plan, commune, year, equipped[c], sink);
                            }
                        }
                    }
                }
            }
            int total = 0;
            for (int count : equipped) {
                total += count;
            }
            recorder.record(HOUSEHOLDS_EQUIPPED, year, total);
            recorder.record(SPENT, year, spent);
        }
    }

    /** Records one installation; draws nothing from the random stream, so traces equal replicates. */
    private static void trace(SimulationScenario scenario, WaterPlan plan, WaterPlan.WaterCommune commune, int year,
            int number, CommandSink sink) {
        LocalDate on = scenario.start().plusYears(year - 1L).plusMonths(3).plusDays(number % 28);
        String suffix = commune.communeCode().substring(commune.communeCode().lastIndexOf('.') + 1);
        String householdId = "NS-" + suffix + "-" + String.format("%03d", number);
        int draw = Math.floorMod(householdId.hashCode() * 31 + year, 1_000_000);
        boolean female = draw % 2 == 0;
        String name = FAMILY[draw % FAMILY.length] + " "
                + (female ? GIVEN_FEMALE[(draw / 7) % GIVEN_FEMALE.length] : GIVEN_MALE[(draw / 7) % GIVEN_MALE.length]);
        sink.submit(RegisterHousehold.builder().actor(RECORDER).unitCode(commune.communeCode()).occurredOn(on)
                .householdId(householdId).villageCode(commune.villageCode()).ethnicity(commune.ethnicity())
                .addMembers(HouseholdMember.of(name, female ? Sex.FEMALE : Sex.MALE, 1960 + draw % 40,
                        HouseholdRelation.HEAD))
                .build());
        sink.submit(RecordPovertyStatus.builder().actor(RECORDER).unitCode(commune.communeCode()).occurredOn(on)
                .householdId(householdId).year(on.getYear())
                .category(draw % 3 == 0 ? PovertyCategory.NEAR_POOR : PovertyCategory.POOR)
                .basis("Danh sách rà soát hộ nghèo năm " + on.getYear() + " của UBND xã (minh họa)").build());
        sink.submit(new InstallWaterSystem(RECORDER, commune.communeCode(), on, "NS-LD-" + householdId, householdId,
                plan.itemVi(), plan.itemEn(), plan.unitPrice(), "PC-NS-" + suffix + "-" + year + "-" + number));
    }
}
