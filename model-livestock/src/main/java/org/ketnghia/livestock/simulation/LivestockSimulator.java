package org.ketnghia.livestock.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.passon.DeathHandling;
import org.ketnghia.livestock.passon.PassOnKind;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.forecast.ForecastStart;
import org.ketnghia.livestock.simulation.internal.CompiledPlan;
import org.ketnghia.livestock.simulation.internal.ForecastPlan;
import org.ketnghia.livestock.simulation.internal.Replicate;

/**
 * The stochastic individual-based simulator of the revolving scheme (<i>mô phỏng ngẫu nhiên từng con
 * vật</i>), a core {@link ModelSimulator}: the scenario's plan section is a {@link LivestockProgramme};
 * the {@link SimulationSettings} give demography, pass-on policy and shocks.
 *
 * <p><b>Start.</b> In month 0 every district's target households each receive the package's head of
 * its priority species: females of the founder age, round 1.
 *
 * <p><b>Each month</b> (the birth-flow census convention of {@link CohortProjection}: an animal born during
 * month {@code t} is in age class 0 at the census of month {@code t+1}, with no mortality step before it;
 * deaths and removals apply to the animals alive at the census; births come from the females alive at the
 * census): the hand-overs due at the census; a female at or past the age of first parturition gives birth
 * with probability {@code fertility / interval} (times a drought's factor), litter size drawn from the
 * distribution and each young female with the female fraction; an animal dies or — a male of 12 months or
 * more, with sales on — is sold, as competing risks with hazards {@code −ln(1 − q)/12} and {@code −ln(1 −
 * offtake)/12} (an epidemic adds its own); it ages one month and leaves, culled, at the cull age. At the
 * month's end: replacement of dead received animals (policies {@link DeathHandling#HOUSEHOLD_REPLACES} /
 * {@link DeathHandling#GROUP_POOL_REPLACES}: a death, not a sale or a cull, is replaced, by a female of the
 * founder age), and sales of the surplus above the herd cap (males first, never a received animal or one
 * owed to the next household). The engine draws these events per animal by inverse CDF rather than month
 * by month: see the package documentation for the design and why it is exact.
 *
 * <p><b>Pass-on.</b> Every household that receives animals owes the policy's {@code count} pass-ons
 * within {@code deadlineMonths}. Offspring of the required sex are counted per mother (the policy's
 * ordinal: the first, the second… such offspring of its mother); those born in a household whose
 * obligation is open, from the ordinal on, are earmarked. For {@link PassOnKind#OFFSPRING} they are
 * handed over as soon as they reach the minimum age; for {@link PassOnKind#MOTHER} each one reaching
 * the age frees one animal the household received, which is handed over. Recipients are the next
 * households of the group queue, created as needed (round = giver's round + 1), so households reached
 * is not capped by a list unless {@link SimulationSettings#waitingHouseholdsPerGroup()} caps it; queue
 * order does not change counts. With {@link DeathHandling#CERTIFIED_WRITE_OFF} the obligation is
 * written off when no received animal is left.
 *
 * <p><b>Trace mode</b> ({@link #simulateTrace}) supports every setting and policy the simulator does.
 *
 * <p><b>Indicators</b> (at the end of each programme year, for the total and per district with
 * suffix {@code /<districtCode>}): see {@link SimulationIndicators}.
 *
 * <p><b>Speed.</b> Per replicate the herd lives in primitive arrays (stable slots, household lists) and
 * a calendar of month buckets; no object per animal and no boxing. Thread-safe: all state of a replicate
 * is local to the call; the compiled plan is immutable and cached. Deterministic for a random stream.
 */
public final class LivestockSimulator implements ModelSimulator {

    private final SimulationSettings settings;
    private volatile CompiledPlan cache;

    /** A simulator with {@code settings}. */
    public LivestockSimulator(SimulationSettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /** A simulator with the default settings ({@link SimulationSettings#defaults()}): national rules, no province's data. */
    public LivestockSimulator() {
        this(SimulationSettings.defaults());
    }

    /** The settings. */
    public SimulationSettings settings() {
        return settings;
    }

    @Override
    public String modelId() {
        return LivestockModel.ID;
    }

    /**
     * Runs one replicate.
     *
     * @throws KetnghiaException {@link LivestockErrorCode#LIVESTOCK_PLAN_INVALID} if the plan or the
     *     settings cannot be simulated (a species without package, an offspring ordinal above 31)
     */
    @Override
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
        requireNonNull(random, "random");
        requireNonNull(recorder, "recorder");
        Replicate.of(compile(requireNonNull(scenario, "scenario")), random).run(recorder);
    }

    /**
     * Runs one replicate exactly as {@link #simulateReplicate} does, recording it into {@code recorder}, and records
     * the same replicate as each simulator of {@code pricedAlike} values it into the recorder at the same index of
     * {@code alsoInto}: the values a replicate of that simulator on the same stream records, bit for bit, for one
     * replicate's work. The prices drive no draw (only the herd value reads them), so simulators whose settings
     * differ in nothing but the animals' prices ({@link #pricedAlike}) have the same herds, animal for animal.
     *
     * @throws IllegalArgumentException if a simulator of {@code pricedAlike} is not {@linkplain #pricedAlike priced
     *     alike} with this one, or the two lists' sizes differ
     * @throws KetnghiaException as {@link #simulateReplicate}, for this simulator's settings or any of theirs
     */
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            List<LivestockSimulator> pricedAlike, List<ReplicateRecorder> alsoInto) {
        requireNonNull(scenario, "scenario");
        requireNonNull(random, "random");
        requireNonNull(recorder, "recorder");
        requireNonNull(pricedAlike, "pricedAlike");
        requireNonNull(alsoInto, "alsoInto");
        if (pricedAlike.size() != alsoInto.size()) {
            throw new IllegalArgumentException("one recorder per simulator: " + pricedAlike.size() + " simulators, "
                    + alsoInto.size() + " recorders");
        }
        CompiledPlan[] plans = new CompiledPlan[pricedAlike.size()];
        for (int v = 0; v < plans.length; v++) {
            LivestockSimulator other = pricedAlike.get(v);
            if (!pricedAlike(settings, other.settings)) {
                throw new IllegalArgumentException("the settings of simulator " + v
                        + " differ from this simulator's in more than the animals' prices");
            }
            plans[v] = other.compile(scenario);
        }
        Replicate.of(compile(scenario), random).run(recorder, plans, alsoInto.toArray(new ReplicateRecorder[0]));
    }

    /**
     * Whether {@code a} and {@code b} differ in nothing but the animals' prices (the four prices of each demography
     * parameter set): their simulators draw alike and keep the same herds from the same stream, and only the herd
     * value differs.
     */
    public static boolean pricedAlike(SimulationSettings a, SimulationSettings b) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        return a == b || a.withDemography(unpriced(a.demography())).equals(b.withDemography(unpriced(b.demography())));
    }

    /** {@code demography} with every price 0. */
    private static Demography unpriced(Demography demography) {
        java.util.Map<String, List<DemographyParameters>> districts = new java.util.LinkedHashMap<>();
        demography.districts().forEach((code, list) -> districts.put(code, unpriced(list)));
        return new Demography(unpriced(demography.defaults()), districts);
    }

    private static List<DemographyParameters> unpriced(List<DemographyParameters> list) {
        List<DemographyParameters> out = new ArrayList<>(list.size());
        for (DemographyParameters p : list) {
            out.add(new DemographyParameters(p.species(), p.ageAtFirstParturitionMonths(), p.parturitionIntervalMonths(),
                    p.litterSize(), p.femaleFractionAtBirth(), p.mortalityYoung(), p.mortalityYearling(),
                    p.mortalityAdult(), p.cullAgeMonths(), p.founderAgeMonths(), p.maleOfftakeRate(), p.herdCap(),
                    Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO));
        }
        return out;
    }

    /**
     * Runs one replicate exactly as {@link #simulateReplicate} (the same random draws in the same order)
     * and submits the commands a real programme records to {@code sink}: households and their poverty
     * status, money received, one group per pilot commune founded with its whole queue, purchase,
     * acceptance and round-1 hand-overs, then births, deaths, sales, pass-ons and replacements — for
     * every pass-on policy and setting. With an unbounded queue ({@link
     * SimulationSettings#waitingHouseholdsPerGroup()} 0) a group's queue is every household the
     * replicate reaches; since that is known only at the end, the commands are submitted, in order,
     * when the replicate ends. Reports built from the resulting ledger give the replicate's own values
     * for households reached by round, births, deaths, head by species and sex, and obligations due,
     * done, overdue and written off.
     *
     * <p>Who records, the units in force (a merged commune's successor records for it), the villages
     * and the people's names come from {@code context}.
     *
     * @throws KetnghiaException {@link org.ketnghia.core.simulation.SimulationErrorCode#SIMULATION_TRACE_NO_VILLAGE}
     *     when the context names no village for a pilot commune, {@link
     *     org.ketnghia.core.simulation.SimulationErrorCode#SIMULATION_TRACE_UNIT_NOT_IN_FORCE} when a
     *     commune is not in force and has no single successor; the ledger's exception if it rejects a
     *     command
     */
    @Override
    public void simulateTrace(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            TraceContext context, CommandSink sink) {
        requireNonNull(random, "random");
        requireNonNull(recorder, "recorder");
        requireNonNull(context, "context");
        requireNonNull(sink, "sink");
        Replicate.traced(compile(requireNonNull(scenario, "scenario")), random, context, sink).run(recorder);
    }

    /**
     * A simulator of the same settings whose replicates start from {@code start} (<i>dự báo từ hiện trạng</i>)
     * instead of round 1's founders: every animal alive at the start with its age, sex, household, received and
     * earmarked flags and offspring count, every household of the groups' queues with its round and
     * obligation, in month {@link ForecastStart#monthsElapsed()}; then month after month to the scenario's end
     * ({@code years · 12}) with the same rules. Waiting households receive in the queue's order; once a group's
     * waiting households are all served, its further pass-ons wait. It records the indicators of {@link
     * SimulationIndicators} (totals and districts) for the programme years that end after the start, and per
     * group and household those of {@link SimulationIndicators#GROUP_SUFFIX}, {@link
     * SimulationIndicators#FORECAST_RECEIVED_PREFIX} and {@link SimulationIndicators#FORECAST_OVERDUE_PREFIX}.
     * The flows of the year the forecast starts in (births, deaths, sales, culls, replacements, animal-months)
     * count from the start. The start is checked against the scenario's plan at the first replicate. A forecast has no trace mode
     * ({@link org.ketnghia.core.simulation.SimulationErrorCode#SIMULATION_NO_TRACE_MODE}).
     *
     * <p>From a start equal to round 1 in month 0 (each group's round-1 households with their founders, then
     * {@code w} waiting households) a forecast gives exactly the replicates of this simulator with {@code
     * waitingHouseholdsPerGroup} {@code w}: the same draws in the same order.
     *
     * @throws KetnghiaException (from its replicates) {@link LivestockErrorCode#LIVESTOCK_PLAN_INVALID} naming
     *     each bad field of the start, e.g. {@code groups[2].communeCode} unknown to the plan, {@code
     *     animals[7].householdId} in no group, {@code animals[9].earTag} listed twice
     */
    public ModelSimulator forecast(ForecastStart start) {
        requireNonNull(start, "start");
        return new Forecast(start);
    }

    /** The simulator of a forecast: the outer simulator's settings and plan, another start. */
    private final class Forecast implements ModelSimulator {
        private final ForecastStart start;
        private volatile ForecastPlan cached;

        Forecast(ForecastStart start) {
            this.start = start;
        }

        @Override
        public String modelId() {
            return LivestockModel.ID;
        }

        @Override
        public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
            requireNonNull(random, "random");
            requireNonNull(recorder, "recorder");
            CompiledPlan plan = compile(requireNonNull(scenario, "scenario"));
            ForecastPlan bound = cached;
            if (bound == null || bound.plan() != plan) {
                bound = ForecastPlan.compile(plan, start);
                cached = bound;
            }
            Replicate.forecast(bound, random).run(recorder);
        }
    }

    private CompiledPlan compile(SimulationScenario scenario) {
        CompiledPlan compiled = cache;
        if (compiled != null && compiled.scenario().equals(scenario)) {
            return compiled;
        }
        LivestockProgramme programme = LivestockProgramme.fromSection(scenario.section(), KetnghiaJson.newObjectMapper());
        compiled = CompiledPlan.compile(scenario, programme, settings);
        cache = compiled;
        return compiled;
    }

    /** The ids of every indicator of a scenario (totals and per district), for hosts that list them. */
    public static List<String> indicatorIds(LivestockProgramme programme) {
        requireNonNull(programme, "programme");
        List<String> ids = new ArrayList<>(SimulationIndicators.ids());
        for (DistrictPlan plan : programme.districts()) {
            for (String id : SimulationIndicators.ids()) {
                ids.add(id + "/" + plan.districtCode());
            }
        }
        return List.copyOf(ids);
    }
}
