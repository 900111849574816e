package org.ketnghia.examples.water.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.ketnghia.core.funding.TransferBalance;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.examples.water.CleanWaterModel;
import org.ketnghia.examples.water.InstallWaterSystem;
import org.ketnghia.examples.water.WaterPlan;

/**
 * Simulates the clean-water model: each installation year, every household of a commune still
 * waiting is equipped with probability {@code annualUptake}. Records per programme year the
 * households equipped so far ({@value #HOUSEHOLDS_EQUIPPED}) and the money spent so far ({@value
 * #SPENT}, đồng). In trace mode each equipped household is registered (named by the trace context's
 * synthetic participants), given a poverty status and equipped through {@link InstallWaterSystem},
 * recorded by the context's actor for the commune, with the same random draws; once a commune has ceased
 * (a reorganisation in the units' data), its remaining clean-water balance is first moved to the commune
 * that carries it on.
 * Thread-safe: all state is on the stack.
 */
public final class CleanWaterSimulator implements ModelSimulator {

    /** Households equipped so far, at the end of each programme year. */
    public static final String HOUSEHOLDS_EQUIPPED = "clean-water.households-equipped";
    /** Money spent so far, đồng. */
    public static final String SPENT = "clean-water.spent";

    @Override
    public String modelId() {
        return CleanWaterModel.ID;
    }

    @Override
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
        run(scenario, random, recorder, null, null);
    }

    @Override
    public void simulateTrace(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            TraceContext context, CommandSink sink) {
        run(scenario, random, recorder, requireNonNull(context, "context"), requireNonNull(sink, "sink"));
    }

    private static void run(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            TraceContext context, CommandSink sink) {
        WaterPlan plan = WaterPlan.fromSection(scenario.section());
        int[] equipped = new int[plan.communes().size()];
        boolean[] balanceMoved = new boolean[equipped.length];
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
                                balanceMoved[c] |= trace(scenario, plan, commune, year, equipped[c], balanceMoved[c], context,
                                        sink);
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

    /**
     * Records one installation as the context's actor for the commune (the commune in force that day),
     * the household named by the context's synthetic participants; draws nothing from the random
     * stream, so traces equal replicates.
     */
    private static boolean trace(SimulationScenario scenario, WaterPlan plan, WaterPlan.WaterCommune commune, int year,
            int number, boolean balanceMoved, TraceContext context, CommandSink sink) {
        LocalDate on = scenario.start().plusYears(year - 1L).plusMonths(3).plusDays(number % 28);
        String suffix = commune.communeCode().substring(commune.communeCode().lastIndexOf('.') + 1);
        String local = "NS-" + suffix + "-" + String.format("%03d", number);
        String householdId = context.id(local);
        int draw = Math.floorMod(local.hashCode() * 31 + year, 1_000_000);
        Sex headSex = draw % 2 == 0 ? Sex.FEMALE : Sex.MALE;
        String unit = context.unitInForce(commune.communeCode(), on);
        Actor recorder = context.actorFor(unit);
        boolean moving = !balanceMoved && !unit.equals(commune.communeCode());
        if (moving) {
            // the commune has ceased (a reorganisation in the units' data): its clean-water money follows it
            sink.submit(TransferBalance.builder().actor(recorder).unitCode(unit).occurredOn(on)
                    .transferId(context.id("CK-NS-" + suffix)).fromCommuneCode(commune.communeCode())
                    .modelId(CleanWaterModel.ID).build());
        }
        sink.submit(RegisterHousehold.builder().actor(recorder).unitCode(unit).occurredOn(on)
                .householdId(householdId).villageCode(commune.villageCode()).ethnicity(commune.ethnicity())
                .members(context.participants().householdMembers(householdId, headSex, 1960 + draw % 40, 1))
                .build());
        sink.submit(RecordPovertyStatus.builder().actor(recorder).unitCode(unit).occurredOn(on)
                .householdId(householdId).year(on.getYear())
                .category(draw % 3 == 0 ? PovertyCategory.NEAR_POOR : PovertyCategory.POOR)
                .basis("Danh sách rà soát hộ nghèo năm " + on.getYear() + " của UBND xã (minh họa)").build());
        sink.submit(new InstallWaterSystem(recorder, unit, on, context.id("NS-LD-" + local), householdId,
                plan.itemVi(), plan.itemEn(), plan.unitPrice(), "PC-NS-" + suffix + "-" + year + "-" + number));
        return moving;
    }
}
