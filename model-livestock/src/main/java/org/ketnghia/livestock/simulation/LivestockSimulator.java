package org.ketnghia.livestock.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.core.simulation.SimulationErrorCode;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.passon.DeathHandling;
import org.ketnghia.livestock.passon.PassOnKind;
import org.ketnghia.livestock.passon.PassOnPolicy;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.programme.SupportPackage;

/**
 * The stochastic individual-based simulator of the revolving scheme (<i>mô phỏng ngẫu nhiên từng con
 * vật</i>), a core {@link ModelSimulator}: the scenario's plan section is a {@link LivestockProgramme};
 * the {@link SimulationSettings} give demography, pass-on policy and shocks.
 *
 * <p><b>Start.</b> In month 0 every district's target households each receive the package's head of
 * its priority species: females of the founder age, round 1.
 *
 * <p><b>Each month</b>, animal by animal (in the order of the {@link CohortProjection} convention):
 * a female at or past the age of first parturition gives birth with probability {@code fertility /
 * interval} (times a drought's factor), litter size drawn from the distribution and each young female
 * with the female fraction; then the animal dies or — a male of 12 months or more, with sales on — is
 * sold, as competing risks with hazards {@code −ln(1 − q)/12} and {@code −ln(1 − offtake)/12} (an
 * epidemic adds its own); then it ages one month and leaves, culled, at the cull age. After the pass:
 * pass-on hand-overs, replacement of dead received animals (policies {@link
 * DeathHandling#HOUSEHOLD_REPLACES} / {@link DeathHandling#GROUP_POOL_REPLACES}), and sales of the
 * surplus above the herd cap (males first, never a received animal or one owed to the next household).
 *
 * <p><b>Pass-on.</b> Every household that receives animals owes the policy's {@code count} pass-ons
 * within {@code deadlineMonths}. For {@link PassOnKind#OFFSPRING}, offspring of the required sex born in
 * the household from the policy's ordinal on are earmarked, and handed over as soon as they reach the
 * minimum age; for {@link PassOnKind#MOTHER}, such an offspring reaching the age frees one received
 * mother, who is handed over. Recipients are the next households of the group queue, created as
 * needed (round = giver's round + 1), so households reached is not capped by a list; queue order
 * does not change counts. With {@link DeathHandling#CERTIFIED_WRITE_OFF} the obligation is written off
 * when no received animal is left.
 *
 * <p><b>Indicators</b> (at the end of each programme year, for the total and per district with
 * suffix {@code /<districtCode>}): see {@link SimulationIndicators}.
 *
 * <p><b>Speed.</b> Per replicate the herd lives in primitive arrays (age, household, district,
 * flags), with swap-removal; no object per animal and no boxing in the monthly loop. Thread-safe:
 * all state of a replicate is local to the call; the compiled plan is immutable and cached.
 * Deterministic for a random stream.
 */
public final class LivestockSimulator implements ModelSimulator {

    static final byte FEMALE = 1;
    static final byte RECEIVED = 2;
    static final byte EARMARKED = 4;

    static final byte NO_OBLIGATION = 0;
    static final byte OPEN = 1;
    static final byte DONE = 2;
    static final byte WRITTEN_OFF = 3;

    private final SimulationSettings settings;
    private final TraceSetup traceSetup;
    private volatile Compiled cache;

    /** A simulator with {@code settings}, without trace mode. */
    public LivestockSimulator(SimulationSettings settings) {
        this(settings, null);
    }

    private LivestockSimulator(SimulationSettings settings, TraceSetup traceSetup) {
        this.settings = requireNonNull(settings, "settings");
        this.traceSetup = traceSetup;
    }

    /**
     * This simulator with trace mode ({@link #simulateTrace}) set up by {@code setup}. Trace mode
     * supports {@link PassOnKind#OFFSPRING} policies from the first offspring with {@link
     * DeathHandling#CERTIFIED_WRITE_OFF}, and needs a finite queue ({@link
     * SimulationSettings#waitingHouseholdsPerGroup()} &gt; 0): with the unbounded default it takes
     * {@value #TRACE_QUEUE} waiting households per group, which ten years of the Quảng Nam plan do
     * not exhaust (a group of 25 founders reaches about 80 households by year 10), so the trace's
     * counts stay those of an unbounded replicate in practice.
     */
    public LivestockSimulator withTrace(TraceSetup setup) {
        SimulationSettings traced = settings.waitingHouseholdsPerGroup() > 0 ? settings
                : new SimulationSettings(settings.demography(), settings.policy(), settings.passOn(), settings.sales(),
                        settings.shocks(), TRACE_QUEUE);
        return new LivestockSimulator(traced, requireNonNull(setup, "setup"));
    }

    /** Waiting households per group a trace registers when the settings leave the queue unbounded. */
    public static final int TRACE_QUEUE = 200;

    /** A simulator with the default settings ({@link SimulationSettings#defaults()}). */
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

    @Override
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
        requireNonNull(random, "random");
        requireNonNull(recorder, "recorder");
        new Replicate(compile(requireNonNull(scenario, "scenario")), random, null).run(recorder);
    }

    /**
     * Runs one replicate exactly as {@link #simulateReplicate} (the same random draws in the same order)
     * and submits its commands to {@code sink} (see {@link CommandTrace} for what is recorded and how it
     * is dated). Reports built from the resulting ledger give the replicate's own values for households
     * reached (round 1 + pass-on rounds), births, deaths, head by species and sex, pass-ons done, due and
     * overdue.
     *
     * @throws KetnghiaException {@link SimulationErrorCode#SIMULATION_NO_TRACE_MODE} without {@link
     *     #withTrace}; {@link LivestockErrorCode#LIVESTOCK_PLAN_INVALID} for settings trace mode does not
     *     support; the ledger's exception if it rejects a command
     */
    @Override
    public void simulateTrace(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            org.ketnghia.core.simulation.TraceContext context, CommandSink sink) {
        requireNonNull(random, "random");
        requireNonNull(recorder, "recorder");
        requireNonNull(sink, "sink");
        TraceSetup traceSetup = new TraceSetup(context.actor(), villages(context));
        Problems problems = new Problems();
        PassOnPolicy policy = settings.policy();
        problems.check(settings.waitingHouseholdsPerGroup() < 1, LivestockErrorCode.LIVESTOCK_PLAN_INVALID,
                "waitingHouseholdsPerGroup", "trace mode needs a finite group queue (at least 1 waiting household)");
        problems.check(settings.passOn() && policy.kind() != PassOnKind.OFFSPRING,
                LivestockErrorCode.LIVESTOCK_PLAN_INVALID, "policy.kind", "trace mode supports offspring pass-ons only");
        problems.check(settings.passOn() && policy.deathHandling() != DeathHandling.CERTIFIED_WRITE_OFF,
                LivestockErrorCode.LIVESTOCK_PLAN_INVALID, "policy.deathHandling",
                "trace mode supports certified write-off only");
        problems.check(settings.passOn() && policy.offspringOrdinal() != 1, LivestockErrorCode.LIVESTOCK_PLAN_INVALID,
                "policy.offspringOrdinal", "trace mode supports pass-on from the first offspring only");
        problems.throwIfAny();
        Compiled compiled = compile(requireNonNull(scenario, "scenario"));
        new Replicate(compiled, random, new CommandTrace(compiled, SimulationClock.of(scenario), traceSetup, context, sink))
                .run(recorder);
    }

    private static java.util.Map<String, String> villages(org.ketnghia.core.simulation.TraceContext context) {
        java.util.Map<String, String> villages = new java.util.HashMap<>();
        context.villagesByCommune().forEach((c, v) -> { if (!v.isEmpty()) villages.put(c, v.get(0)); });
        return villages;
    }

    private Compiled compile(SimulationScenario scenario) {
        Compiled c = cache;
        if (c != null && c.scenario.equals(scenario)) {
            return c;
        }
        LivestockProgramme programme = LivestockProgramme.fromSection(scenario.section(), KetnghiaJson.newObjectMapper());
        c = new Compiled(scenario, programme, settings);
        cache = c;
        return c;
    }

    /** The plan bound to tables: per district and year, thresholds by age. Immutable. */
    static final class Compiled {
        final SimulationScenario scenario;
        final int years;
        final int districts;
        final String[] districtCodes;
        final Species[] species;
        final int[] initialHouseholds;
        final int[] headPerHousehold;
        final int[] founderAge;
        final int[] firstParturition;
        final int[] cullAge;
        final int[] herdCap;
        final double[] femaleFraction;
        final double[][] litterCumulative;
        final double[][] birthProbability; // [year-1][district]
        final double[][][] deathFemale; // [year-1][district][age]
        final double[][][] deathMale;
        final double[][][] exitMale;
        final long[][] price; // [district][0 young female,1 young male,2 adult female,3 adult male]
        final boolean passOn;
        final boolean sales;
        final PassOnKind kind;
        final int requiredSex; // -1 any, 1 female, 0 male
        final int ordinal;
        final int count;
        final int minimumAge;
        final int deadline;
        final boolean writeOff;
        final int groups;
        final int[] groupDistrict;
        final String[] groupCommune;
        final int[] groupRoundOne;
        final int waitingCap;
        final PassOnPolicy policy;
        final LivestockProgramme programme;

        Compiled(SimulationScenario scenario, LivestockProgramme programme, SimulationSettings settings) {
            this.scenario = scenario;
            this.years = scenario.years();
            List<DistrictPlan> plans = programme.districts();
            this.districts = plans.size();
            districtCodes = new String[districts];
            species = new Species[districts];
            initialHouseholds = new int[districts];
            headPerHousehold = new int[districts];
            founderAge = new int[districts];
            firstParturition = new int[districts];
            cullAge = new int[districts];
            herdCap = new int[districts];
            femaleFraction = new double[districts];
            litterCumulative = new double[districts][];
            birthProbability = new double[years][districts];
            deathFemale = new double[years][districts][];
            deathMale = new double[years][districts][];
            exitMale = new double[years][districts][];
            price = new long[districts][4];
            this.passOn = settings.passOn();
            this.sales = settings.sales();
            PassOnPolicy policy = settings.policy();
            kind = policy.kind();
            requiredSex = policy.offspringSex().map(s -> s == org.ketnghia.livestock.AnimalSex.FEMALE ? 1 : 0).orElse(-1);
            ordinal = policy.offspringOrdinal();
            count = policy.count();
            minimumAge = policy.minimumAgeMonths();
            deadline = policy.deadlineMonths();
            writeOff = policy.deathHandling() == DeathHandling.CERTIFIED_WRITE_OFF;
            this.policy = policy;
            this.programme = programme;
            waitingCap = settings.waitingHouseholdsPerGroup();
            int totalGroups = 0;
            for (DistrictPlan plan : plans) {
                totalGroups += Math.max(1, plan.pilotCommunes().size());
            }
            groups = totalGroups;
            groupDistrict = new int[groups];
            groupCommune = new String[groups];
            groupRoundOne = new int[groups];
            int g = 0;
            for (int d = 0; d < plans.size(); d++) {
                List<String> communes = plans.get(d).pilotCommunes();
                int count = Math.max(1, communes.size());
                for (int j = 0; j < count; j++) {
                    groupDistrict[g] = d;
                    groupCommune[g] = communes.isEmpty() ? plans.get(d).districtCode() : communes.get(j);
                    // round-1 households are shared out over the district's groups, the first groups taking the rest
                    int households = plans.get(d).targetHouseholds();
                    groupRoundOne[g] = households / count + (j < households % count ? 1 : 0);
                    g++;
                }
            }
            for (int d = 0; d < districts; d++) {
                DistrictPlan plan = plans.get(d);
                districtCodes[d] = plan.districtCode();
                species[d] = plan.prioritySpecies();
                DemographyParameters p = settings.demography().parameters(plan.districtCode(), plan.prioritySpecies())
                        .validated();
                SupportPackage pack = programme.packageFor(plan.prioritySpecies()).orElseThrow(
                        () -> new IllegalArgumentException("no package for " + plan.prioritySpecies()));
                initialHouseholds[d] = plan.targetHouseholds();
                headPerHousehold[d] = pack.headPerHousehold();
                founderAge[d] = p.founderAgeMonths();
                firstParturition[d] = p.ageAtFirstParturitionMonths();
                cullAge[d] = p.cullAgeMonths();
                herdCap[d] = settings.sales() ? p.herdCap() : 0;
                femaleFraction[d] = p.femaleFractionAtBirth();
                double[] cumulative = new double[p.litterSize().size()];
                double sum = 0;
                for (int k = 0; k < cumulative.length; k++) {
                    sum += p.litterSize().get(k);
                    cumulative[k] = sum;
                }
                cumulative[cumulative.length - 1] = 1.0;
                litterCumulative[d] = cumulative;
                price[d][0] = p.priceYoungFemale().dong();
                price[d][1] = p.priceYoungMale().dong();
                price[d][2] = p.priceAdultFemale().dong();
                price[d][3] = p.priceAdultMale().dong();
                double offtakeHazard = settings.sales() ? -Math.log(1 - p.maleOfftakeRate()) / 12 : 0;
                for (int y = 1; y <= years; y++) {
                    double fertility = 1;
                    double extraHazard = 0;
                    for (Shock shock : settings.shocks()) {
                        if (shock.applies(plan.districtCode(), y)) {
                            fertility *= shock.fertilityFactor();
                            extraHazard += -Math.log(1 - shock.extraMortality()) / 12;
                        }
                    }
                    birthProbability[y - 1][d] = Math.min(1, fertility / p.parturitionIntervalMonths());
                    int cull = p.cullAgeMonths();
                    double[] df = new double[cull];
                    double[] dm = new double[cull];
                    double[] em = new double[cull];
                    for (int a = 0; a < cull; a++) {
                        double deathHazard = -Math.log(1 - p.annualMortality(a)) / 12 + extraHazard;
                        double sale = a >= DemographyParameters.YOUNG_UNTIL_MONTHS ? offtakeHazard : 0;
                        df[a] = 1 - Math.exp(-deathHazard);
                        double total = deathHazard + sale;
                        double exit = 1 - Math.exp(-total);
                        dm[a] = total == 0 ? 0 : exit * deathHazard / total;
                        em[a] = exit;
                    }
                    deathFemale[y - 1][d] = df;
                    deathMale[y - 1][d] = dm;
                    exitMale[y - 1][d] = em;
                }
            }
        }
    }

    /** One replicate's state: the herd and the households in primitive arrays. */
    static final class Replicate {
        private final Compiled c;
        private final SplittableRandom random;
        private final TraceListener trace; // null on the fast path
        // animals
        private int n;
        private int[] age = new int[1024];
        private int[] household = new int[1024];
        private int[] district = new int[1024];
        private byte[] flags = new byte[1024];
        private int[] animalId; // only when tracing
        private int nextAnimalId;
        // households
        private int households;
        private int[] hhDistrict = new int[256];
        private int[] hhGroup = new int[256];
        private int[] hhSlot = new int[256];
        private int[] hhRound = new int[256];
        private int[] hhReceivedMonth = new int[256];
        private byte[] hhState = new byte[256];
        private int[] hhOwed = new int[256];
        private int[] hhQualifying = new int[256];
        private int[] hhReceivedAlive = new int[256];
        private int[] hhRecipient = new int[256];
        private int[] hhHerd = new int[256];
        private int[] hhReplace = new int[256]; // dead received animals to replace this month
        private int[] hhMothers = new int[256]; // mothers freed by their offspring, to hand over this month
        private int[] pendingList = new int[64];
        private int pendingCount;
        private final int[] groupNextSlot;
        // yearly flows per district
        private final long[] births;
        private final long[] deaths;
        private final long[] sold;
        private final long[] culled;
        private final long[] replacements;
        private long animalMonths;

        Replicate(Compiled compiled, SplittableRandom random, TraceListener trace) {
            this.c = compiled;
            this.random = random;
            this.trace = trace;
            if (trace != null) {
                animalId = new int[1024];
            }
            births = new long[c.districts];
            deaths = new long[c.districts];
            sold = new long[c.districts];
            culled = new long[c.districts];
            replacements = new long[c.districts];
            groupNextSlot = new int[c.groups];
        }

        void run(ReplicateRecorder recorder) {
            for (int g = 0; g < c.groups; g++) {
                int d = c.groupDistrict[g];
                for (int j = 0; j < c.groupRoundOne[g]; j++) {
                    int hh = newHousehold(g, 1, 0);
                    for (int k = 0; k < c.headPerHousehold[d]; k++) {
                        addAnimal(c.founderAge[d], hh, d, (byte) (FEMALE | RECEIVED));
                        hhReceivedAlive[hh]++;
                    }
                }
            }
            if (trace != null) {
                trace.start(this);
            }
            int months = c.years * 12;
            for (int month = 0; month < months; month++) {
                step(month, month / 12);
                if (month % 12 == 11) {
                    report(recorder, month / 12 + 1, month);
                }
            }
        }

        // ---- read access for the trace listener
        int animals() {
            return n;
        }

        int animalId(int i) {
            return animalId[i];
        }

        int household(int i) {
            return household[i];
        }

        int age(int i) {
            return age[i];
        }

        boolean female(int i) {
            return (flags[i] & FEMALE) != 0;
        }

        int households() {
            return households;
        }

        int groupOf(int h) {
            return hhGroup[h];
        }

        int slotOf(int h) {
            return hhSlot[h];
        }

        Compiled compiled() {
            return c;
        }

        private int newHousehold(int g, int round, int month) {
            if (households == hhDistrict.length) {
                int size = households * 2;
                hhDistrict = Arrays.copyOf(hhDistrict, size);
                hhGroup = Arrays.copyOf(hhGroup, size);
                hhSlot = Arrays.copyOf(hhSlot, size);
                hhRound = Arrays.copyOf(hhRound, size);
                hhReceivedMonth = Arrays.copyOf(hhReceivedMonth, size);
                hhState = Arrays.copyOf(hhState, size);
                hhOwed = Arrays.copyOf(hhOwed, size);
                hhQualifying = Arrays.copyOf(hhQualifying, size);
                hhReceivedAlive = Arrays.copyOf(hhReceivedAlive, size);
                hhRecipient = Arrays.copyOf(hhRecipient, size);
                hhHerd = Arrays.copyOf(hhHerd, size);
                hhReplace = Arrays.copyOf(hhReplace, size);
                hhMothers = Arrays.copyOf(hhMothers, size);
            }
            int h = households++;
            hhDistrict[h] = c.groupDistrict[g];
            hhGroup[h] = g;
            hhSlot[h] = groupNextSlot[g]++;
            hhRound[h] = round;
            hhReceivedMonth[h] = month;
            hhState[h] = c.passOn ? OPEN : NO_OBLIGATION;
            hhOwed[h] = c.count;
            hhRecipient[h] = -1;
            return h;
        }

        private int addAnimal(int animalAge, int h, int d, byte f) {
            if (n == age.length) {
                int size = n * 2;
                age = Arrays.copyOf(age, size);
                household = Arrays.copyOf(household, size);
                district = Arrays.copyOf(district, size);
                flags = Arrays.copyOf(flags, size);
                if (animalId != null) {
                    animalId = Arrays.copyOf(animalId, size);
                }
            }
            age[n] = animalAge;
            household[n] = h;
            district[n] = d;
            flags[n] = f;
            if (animalId != null) {
                animalId[n] = nextAnimalId++;
            }
            hhHerd[h]++;
            return n++;
        }

        private void removeAnimal(int i) {
            hhHerd[household[i]]--;
            int last = --n;
            age[i] = age[last];
            household[i] = household[last];
            district[i] = district[last];
            flags[i] = flags[last];
            if (animalId != null) {
                animalId[i] = animalId[last];
            }
        }

        private void pend(int h, boolean mother) {
            boolean listed = hhReplace[h] + hhMothers[h] > 0;
            if (mother) {
                hhMothers[h]++;
            } else {
                hhReplace[h]++;
            }
            if (!listed) {
                if (pendingCount == pendingList.length) {
                    pendingList = Arrays.copyOf(pendingList, pendingCount * 2);
                }
                pendingList[pendingCount++] = h;
            }
        }

        private void step(int month, int yearIndex) {
            animalMonths += n;
            final Compiled k = c;
            final SplittableRandom rnd = random;
            final double[] birthP = k.birthProbability[yearIndex];
            final double[][] deathF = k.deathFemale[yearIndex];
            final double[][] deathM = k.deathMale[yearIndex];
            final double[][] exitM = k.exitMale[yearIndex];
            final int[] firstParturition = k.firstParturition;
            final int[] cullAge = k.cullAge;
            int i = 0;
            while (i < n) {
                int d = district[i];
                int a = age[i];
                byte f = flags[i];
                int h = household[i];
                boolean female = (f & FEMALE) != 0;
                if (female && a >= firstParturition[d] && rnd.nextDouble() < birthP[d]) {
                    giveBirth(i, h, d, month);
                }
                double u = rnd.nextDouble();
                if (female) {
                    if (u < deathF[d][a]) {
                        deaths[d]++;
                        if (trace != null) {
                            trace.died(this, i, month);
                        }
                        leave(i, h, f, true);
                        continue;
                    }
                } else {
                    if (u < exitM[d][a]) {
                        boolean dies = u < deathM[d][a];
                        if (dies) {
                            deaths[d]++;
                        } else {
                            sold[d]++;
                        }
                        if (trace != null) {
                            if (dies) {
                                trace.died(this, i, month);
                            } else {
                                trace.sold(this, i, month, "xuất bán đực giống");
                            }
                        }
                        leave(i, h, f, dies);
                        continue;
                    }
                }
                if (a + 1 >= cullAge[d]) {
                    culled[d]++;
                    if (trace != null) {
                        trace.sold(this, i, month, "loại thải");
                    }
                    leave(i, h, f, false);
                    continue;
                }
                if ((f & EARMARKED) != 0 && a >= k.minimumAge) {
                    if (hhState[h] != OPEN) {
                        flags[i] = (byte) (f & ~EARMARKED);
                    } else if (k.kind == PassOnKind.OFFSPRING) {
                        handOver(i, h, d, month);
                    } else {
                        flags[i] = (byte) (f & ~EARMARKED);
                        pend(h, true);
                    }
                }
                age[i] = a + 1;
                i++;
            }
            if (pendingCount > 0) {
                settlePending(month);
            }
            if (k.sales) {
                sellSurplus(month);
            }
        }

        private void giveBirth(int mother, int h, int d, int month) {
            double[] cumulative = c.litterCumulative[d];
            double u = random.nextDouble();
            int litter = 1;
            while (litter < cumulative.length && u >= cumulative[litter - 1]) {
                litter++;
            }
            boolean open = hhState[h] == OPEN;
            for (int j = 0; j < litter; j++) {
                boolean female = random.nextDouble() < c.femaleFraction[d];
                byte f = female ? FEMALE : 0;
                if (open && (c.requiredSex < 0 || (c.requiredSex == 1) == female)) {
                    if (++hhQualifying[h] >= c.ordinal) {
                        f |= EARMARKED;
                    }
                }
                int kid = addAnimal(0, h, d, f);
                births[d]++;
                if (trace != null) {
                    trace.born(this, kid, mother, month);
                }
            }
        }

        /** Removes animal {@code i}; a received animal's death may write its household's obligation off. */
        private void leave(int i, int h, byte f, boolean died) {
            removeAnimal(i);
            if ((f & RECEIVED) != 0) {
                hhReceivedAlive[h]--;
                if (hhState[h] == OPEN) {
                    if (c.writeOff) {
                        // as the ledger: a certified death writes off once no received animal is left
                        if (died && hhReceivedAlive[h] == 0) {
                            hhState[h] = WRITTEN_OFF;
                        }
                    } else {
                        pend(h, false);
                    }
                }
            }
        }

        /** The next household of the giver's group queue, created on first use; -1 when the queue is used up. */
        private int recipient(int h, int month) {
            if (hhRecipient[h] < 0) {
                int g = hhGroup[h];
                if (c.waitingCap > 0 && groupNextSlot[g] >= c.groupRoundOne[g] + c.waitingCap) {
                    return -1;
                }
                int created = newHousehold(g, hhRound[h] + 1, month); // may grow the arrays: assign after
                hhRecipient[h] = created;
            }
            return hhRecipient[h];
        }

        private void handOver(int i, int h, int d, int month) {
            int to = recipient(h, month);
            if (to < 0) {
                return;
            }
            hhHerd[h]--;
            hhHerd[to]++;
            household[i] = to;
            flags[i] = (byte) ((flags[i] & FEMALE) | RECEIVED);
            hhReceivedAlive[to]++;
            if (--hhOwed[h] == 0) {
                hhState[h] = DONE;
            }
            if (trace != null) {
                trace.handedOver(this, i, h, to, month);
            }
        }

        /** Replacements of dead received animals, and mothers freed by their offspring (MOTHER policies). */
        private void settlePending(int month) {
            boolean anyMother = false;
            for (int p = 0; p < pendingCount; p++) {
                int h = pendingList[p];
                if (hhState[h] != OPEN) {
                    hhReplace[h] = 0;
                    hhMothers[h] = 0;
                    continue;
                }
                int d = hhDistrict[h];
                for (int r = 0; r < hhReplace[h]; r++) {
                    addAnimal(c.founderAge[d], h, d, (byte) (FEMALE | RECEIVED));
                    hhReceivedAlive[h]++;
                    replacements[d]++;
                }
                hhReplace[h] = 0;
                anyMother |= hhMothers[h] > 0;
            }
            if (anyMother) {
                for (int i = 0; i < n; i++) {
                    int h = household[i];
                    if (hhMothers[h] > 0 && (flags[i] & RECEIVED) != 0 && (flags[i] & FEMALE) != 0
                            && hhState[h] == OPEN && recipient(h, month) >= 0) {
                        hhMothers[h]--;
                        hhReceivedAlive[h]--;
                        handOver(i, h, hhDistrict[h], month);
                    }
                }
                for (int p = 0; p < pendingCount; p++) {
                    hhMothers[pendingList[p]] = 0;
                }
            }
            pendingCount = 0;
        }

        private void sellSurplus(int month) {
            boolean any = false;
            for (int h = 0; h < households; h++) {
                int cap = c.herdCap[hhDistrict[h]];
                if (cap > 0 && hhHerd[h] > cap) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return;
            }
            for (int pass = 0; pass < 2; pass++) {
                int i = 0;
                while (i < n) {
                    int h = household[i];
                    int d = district[i];
                    int cap = c.herdCap[d];
                    byte f = flags[i];
                    boolean sellable = (f & (RECEIVED | EARMARKED)) == 0 && (pass == 1 || (f & FEMALE) == 0);
                    if (cap > 0 && hhHerd[h] > cap && sellable) {
                        sold[d]++;
                        if (trace != null) {
                            trace.sold(this, i, month, "bán bớt đàn vượt mức");
                        }
                        removeAnimal(i);
                        continue;
                    }
                    i++;
                }
            }
        }

        private void report(ReplicateRecorder recorder, int year, int month) {
            int ds = c.districts;
            long[] females = new long[ds];
            long[] males = new long[ds];
            long[] value = new long[ds];
            for (int i = 0; i < n; i++) {
                int d = district[i];
                boolean female = (flags[i] & FEMALE) != 0;
                boolean young = age[i] < DemographyParameters.YOUNG_UNTIL_MONTHS;
                if (female) {
                    females[d]++;
                } else {
                    males[d]++;
                }
                value[d] += c.price[d][(young ? 0 : 2) + (female ? 0 : 1)];
            }
            long[] reached = new long[ds];
            long[] round1 = new long[ds];
            long[] round2 = new long[ds];
            long[] round3 = new long[ds];
            long[] due = new long[ds];
            long[] done = new long[ds];
            long[] overdue = new long[ds];
            long[] writtenOff = new long[ds];
            for (int h = 0; h < households; h++) {
                int d = hhDistrict[h];
                reached[d]++;
                int round = hhRound[h];
                if (round == 1) {
                    round1[d]++;
                } else if (round == 2) {
                    round2[d]++;
                } else {
                    round3[d]++;
                }
                byte state = hhState[h];
                if (state == DONE) {
                    done[d]++;
                } else if (state == WRITTEN_OFF) {
                    writtenOff[d]++;
                } else if (state == OPEN) {
                    // received in month t, due on the first day of month t + deadline (the ledger's dueOn)
                    if (month - hhReceivedMonth[h] >= c.deadline) {
                        overdue[d]++;
                    } else {
                        due[d]++;
                    }
                }
            }
            double[] totals = new double[SimulationIndicators.COUNT];
            for (int d = 0; d < ds; d++) {
                String suffix = "/" + c.districtCodes[d];
                boolean cattle = c.species[d] == Species.CATTLE;
                double[] v = new double[SimulationIndicators.COUNT];
                v[SimulationIndicators.HOUSEHOLDS_REACHED] = reached[d];
                v[SimulationIndicators.HOUSEHOLDS_ROUND_1] = round1[d];
                v[SimulationIndicators.HOUSEHOLDS_ROUND_2] = round2[d];
                v[SimulationIndicators.HOUSEHOLDS_ROUND_3_PLUS] = round3[d];
                v[cattle ? SimulationIndicators.CATTLE_FEMALE : SimulationIndicators.GOAT_FEMALE] = females[d];
                v[cattle ? SimulationIndicators.CATTLE_MALE : SimulationIndicators.GOAT_MALE] = males[d];
                v[SimulationIndicators.BIRTHS] = births[d];
                v[SimulationIndicators.DEATHS] = deaths[d];
                v[SimulationIndicators.SALES] = sold[d];
                v[SimulationIndicators.CULLS] = culled[d];
                v[SimulationIndicators.REPLACEMENTS] = replacements[d];
                v[SimulationIndicators.PASS_ONS_DUE] = due[d];
                v[SimulationIndicators.PASS_ONS_DONE] = done[d];
                v[SimulationIndicators.PASS_ONS_OVERDUE] = overdue[d];
                v[SimulationIndicators.OBLIGATIONS_WRITTEN_OFF] = writtenOff[d];
                v[SimulationIndicators.HERD_VALUE] = value[d];
                for (int x = 0; x < SimulationIndicators.COUNT; x++) {
                    if (x == SimulationIndicators.ANIMAL_MONTHS) {
                        continue;
                    }
                    boolean otherSpecies = cattle ? x == SimulationIndicators.GOAT_FEMALE || x == SimulationIndicators.GOAT_MALE
                            : x == SimulationIndicators.CATTLE_FEMALE || x == SimulationIndicators.CATTLE_MALE;
                    if (!otherSpecies) {
                        recorder.record(SimulationIndicators.ID[x] + suffix, year, v[x]);
                    }
                    totals[x] += v[x];
                }
            }
            totals[SimulationIndicators.ANIMAL_MONTHS] = animalMonths;
            for (int x = 0; x < SimulationIndicators.COUNT; x++) {
                recorder.record(SimulationIndicators.ID[x], year, totals[x]);
            }
            Arrays.fill(births, 0);
            Arrays.fill(deaths, 0);
            Arrays.fill(sold, 0);
            Arrays.fill(culled, 0);
            Arrays.fill(replacements, 0);
            animalMonths = 0;
        }
    }

    /** The ids of every indicator of a scenario (totals and per district), for hosts that list them. */
    public static List<String> indicatorIds(LivestockProgramme programme) {
        List<String> ids = new ArrayList<>(List.of(SimulationIndicators.ID));
        for (DistrictPlan plan : programme.districts()) {
            for (String id : SimulationIndicators.ID) {
                ids.add(id + "/" + plan.districtCode());
            }
        }
        return ids;
    }
}
