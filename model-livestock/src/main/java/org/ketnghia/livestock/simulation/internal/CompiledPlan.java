package org.ketnghia.livestock.simulation.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.passon.DeathHandling;
import org.ketnghia.livestock.passon.PassOnKind;
import org.ketnghia.livestock.passon.PassOnPolicy;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.programme.SupportPackage;
import org.ketnghia.livestock.simulation.DemographyParameters;
import org.ketnghia.livestock.simulation.Shock;
import org.ketnghia.livestock.simulation.SimulationSettings;

/**
 * A scenario's plan bound to tables the engine reads by index: per district its species, founders,
 * demography and prices; per group its district, pilot commune and round-1 households; per district
 * the tables the event-driven engine draws from by inverse CDF (see the package {@code
 * org.ketnghia.livestock.simulation}): the cumulative survival by age of each sex ({@code survivalFemale},
 * {@code survivalMale}, the male's including offtake), the cumulative shock factor by calendar month
 * ({@code shock}) and the cumulative no-birth probability by calendar month ({@code noBirth}), and the
 * monthly hazards that decide a male's exit between death and sale. Compiled once per scenario;
 * immutable and shared by every replicate. Also the indicator ids per district and group, built once.
 */
public final class CompiledPlan {

    final SimulationScenario scenario;
    final LivestockProgramme programme;
    final PassOnPolicy policy;
    final int years;
    // per district
    final int districts;
    final String[] districtCodes;
    final Species[] species;
    final int[] headPerHousehold;
    final int[] founderAge;
    final int[] firstParturition;
    final int[] cullAge;
    final int[] herdCap;
    final double[] femaleFraction;
    /**
     * [district]: whether the female fraction at birth is exactly one half, so that a young's sex is one fair
     * bit of a random {@code long} (one draw for a litter's or a cohort's month's sexes, up to 64 young).
     */
    final boolean[] evenSexes;
    final double[][] litterCumulative;
    /** [district][young female, young male, adult female, adult male] in đồng. */
    final long[][] price;
    // per programme year (0-based), district and age in months
    final double[][] birthProbability;
    /** Months simulated: {@code years · 12}. */
    final int horizon;
    /** [district][age 0 … cull]: {@code Π_{k<a} exp(−h_death(k))}. */
    final double[][] survivalFemale;
    /** [district][age 0 … cull]: {@code Π_{k<a} exp(−h_death(k) − h_offtake(k))}. */
    final double[][] survivalMale;
    /** [district][month 0 … horizon]: {@code Π_{j<m} exp(−h_epidemic(j))}. */
    final double[][] shock;
    /** [district][month 0 … horizon]: {@code Π_{j<m} (1 − p_birth(j))}. */
    final double[][] noBirth;
    /**
     * [district][year index][j]: the months to a next parturition that the geometric inverse gives for the middle
     * of the uniform's bucket {@code j < }{@value #BIRTH_GUIDE}, {@code log((j + ½)/G) / log(1 − p_birth)} with the
     * year's probability (0 when it is 0 or 1): where the search for the parturition month starts, a table read
     * instead of a logarithm (the search's comparisons decide the month, whatever the guess).
     */
    final double[][][] birthGuess;
    /** The buckets of {@link #birthGuess}. */
    static final int BIRTH_GUIDE = 256;
    /**
     * [district]: where the exit search of a female entering at age 0 starts, by the uniform's bucket ({@link
     * #newbornExitGuide}); null when the district has an epidemic (its calendar factor is not 1 in every month).
     */
    final int[][] femaleNewbornExit;
    /** [district]: as {@link #femaleNewbornExit}, for a male. */
    final int[][] maleNewbornExit;
    /** The buckets of a newborn's exit guide. */
    static final int EXIT_GUIDE = 256;
    /** [district]: the guess of a female's exit age from one uniform; null when a month has no hazard. */
    final ExitGuess[] femaleExitGuess;
    /** [district]: the guess of a male's exit age from one uniform; null when a month has no hazard. */
    final ExitGuess[] maleExitGuess;
    /**
     * [district]: whether the closed cohorts of its households draw their parturitions month by month
     * ({@link CohortBirths}): when the herd cap times the monthly parturition probability without shocks is
     * at least {@value #COHORT_LITTERS_PER_MONTH} litters, a household's draw each month costs less than a
     * calendar entry and a search per female and parturition. A choice of speed: both are exact.
     */
    final boolean[] cohortMonthly;
    /**
     * [year index][district][n][y]: {@code P(Y ≤ y)} of the young {@code Y} that a cohort of {@code n} females
     * bears in a month of that year — a binomial {@code (n, p_birth)} number of litters, each of the litter-size
     * law ({@link #youngCumulative}) — for the cohorts of up to twice the herd cap (larger ones are computed
     * when met); empty where not monthly.
     */
    final double[][][][] cohortYoungCumulative;
    /**
     * [year index][district][n][j], beside {@link #cohortYoungCumulative}: for a uniform {@code u} in {@code [j/G,
     * (j+1)/G)} its inverse CDF {@code y} when the whole bucket has one, else {@code ~y} for the least {@code y} the
     * walk can stop at ({@link #guide}): the same {@code y} as a walk from 0, mostly without a comparison.
     */
    final int[][][][] cohortYoungGuide;
    /** The buckets of a guide table ({@link #guide}). */
    static final int GUIDE = 128;
    /** [district][k − 1]: the probability of a litter of {@code k} young. */
    final double[][] litterProbability;
    /**
     * [district][y][f]: {@code P(F ≤ f)} of the females {@code F ~ binomial(y, female fraction)} among {@code y}
     * young, for the young of the largest tabled cohort (more: {@link #binomialInverse}).
     */
    final double[][][] femalesCumulative;
    /** [district][age]: the monthly death hazard without shocks. */
    final double[][] deathHazard;
    /** [district][age]: the monthly male offtake hazard (0 below 12 months or with sales off). */
    final double[][] offtakeHazard;
    /** [year index][district]: the monthly hazard an epidemic adds. */
    final double[][] epidemicHazard;
    /** [district][indicator]: indicator id + {@code /<districtCode>}. */
    final String[][] districtIds;
    // the pass-on policy
    final boolean passOn;
    final boolean sales;
    final PassOnKind kind;
    /** -1 any sex, 1 female, 0 male. */
    final int requiredSex;
    final int ordinal;
    final int count;
    final int minimumAge;
    final int deadline;
    final boolean writeOff;
    // per group
    final int groups;
    final int[] groupDistrict;
    final String[] groupCommune;
    final int[] groupRoundOne;
    /** Households waiting in each group's queue after round 1; 0 = as many as needed. */
    final int waitingCap;
    /** The litters a full herd gives in a month above which its cohort draws month by month. */
    static final double COHORT_LITTERS_PER_MONTH = 1.5;

    private CompiledPlan(SimulationScenario scenario, LivestockProgramme programme, SimulationSettings settings,
            double cohortLittersPerMonth) {
        this.scenario = scenario;
        this.programme = programme;
        this.policy = settings.policy();
        this.years = scenario.years();
        List<DistrictPlan> plans = programme.districts();
        districts = plans.size();
        districtCodes = new String[districts];
        species = new Species[districts];
        headPerHousehold = new int[districts];
        founderAge = new int[districts];
        firstParturition = new int[districts];
        cullAge = new int[districts];
        herdCap = new int[districts];
        femaleFraction = new double[districts];
        evenSexes = new boolean[districts];
        litterCumulative = new double[districts][];
        price = new long[districts][4];
        birthProbability = new double[years][districts];
        horizon = years * 12;
        survivalFemale = new double[districts][];
        survivalMale = new double[districts][];
        shock = new double[districts][];
        noBirth = new double[districts][];
        birthGuess = new double[districts][][];
        femaleExitGuess = new ExitGuess[districts];
        femaleNewbornExit = new int[districts][];
        maleNewbornExit = new int[districts][];
        maleExitGuess = new ExitGuess[districts];
        deathHazard = new double[districts][];
        offtakeHazard = new double[districts][];
        epidemicHazard = new double[years][districts];
        cohortMonthly = new boolean[districts];
        cohortYoungCumulative = new double[years][districts][][];
        cohortYoungGuide = new int[years][districts][][];
        litterProbability = new double[districts][];
        femalesCumulative = new double[districts][][];
        districtIds = new String[districts][];
        passOn = settings.passOn();
        sales = settings.sales();
        kind = policy.kind();
        requiredSex = policy.offspringSex().map(sex -> sex == AnimalSex.FEMALE ? 1 : 0).orElse(-1);
        ordinal = policy.offspringOrdinal();
        count = policy.count();
        minimumAge = policy.minimumAgeMonths();
        deadline = policy.deadlineMonths();
        writeOff = policy.deathHandling() == DeathHandling.CERTIFIED_WRITE_OFF;
        waitingCap = settings.waitingHouseholdsPerGroup();
        int totalGroups = 0;
        for (DistrictPlan plan : plans) {
            totalGroups += Math.max(1, plan.pilotCommunes().size());
        }
        groups = totalGroups;
        groupDistrict = new int[groups];
        groupCommune = new String[groups];
        groupRoundOne = new int[groups];
        compileGroups(plans);
        for (int d = 0; d < districts; d++) {
            compileDistrict(d, plans.get(d), settings, cohortLittersPerMonth);
        }
    }

    /**
     * Compiles {@code programme} for {@code scenario} under {@code settings}.
     *
     * @throws KetnghiaException {@link LivestockErrorCode#LIVESTOCK_PLAN_INVALID} if a district's species
     *     has no package, a demography is invalid, or the policy's offspring ordinal is above {@value
     *     HerdState#MAX_ORDINAL}
     */
    public static CompiledPlan compile(SimulationScenario scenario, LivestockProgramme programme,
            SimulationSettings settings) {
        requireNonNull(scenario, "scenario");
        requireNonNull(programme, "programme");
        requireNonNull(settings, "settings");
        if (settings.policy().offspringOrdinal() > HerdState.MAX_ORDINAL) {
            throw KetnghiaException.of(LivestockErrorCode.LIVESTOCK_PLAN_INVALID, "policy.offspringOrdinal",
                    "the simulator counts offspring ordinals up to " + HerdState.MAX_ORDINAL);
        }
        return new CompiledPlan(scenario, programme, settings, COHORT_LITTERS_PER_MONTH);
    }

    /**
     * {@link #compile} with cohorts drawn month by month where a full herd gives at least {@code
     * cohortLittersPerMonth} litters a month ({@link Double#POSITIVE_INFINITY}: nowhere, 0: wherever a herd
     * cap is): for the tests that both ways give the same distributions.
     */
    static CompiledPlan compile(SimulationScenario scenario, LivestockProgramme programme,
            SimulationSettings settings, double cohortLittersPerMonth) {
        compile(scenario, programme, settings); // the checks
        return new CompiledPlan(scenario, programme, settings, cohortLittersPerMonth);
    }

    /** The scenario compiled. */
    public SimulationScenario scenario() {
        return scenario;
    }

    /** Round-1 households are shared out over the district's groups, the first groups taking the rest. */
    private void compileGroups(List<DistrictPlan> plans) {
        int g = 0;
        for (int d = 0; d < plans.size(); d++) {
            List<String> communes = plans.get(d).pilotCommunes();
            int groupsHere = Math.max(1, communes.size());
            int households = plans.get(d).targetHouseholds();
            for (int j = 0; j < groupsHere; j++) {
                groupDistrict[g] = d;
                groupCommune[g] = communes.isEmpty() ? plans.get(d).districtCode() : communes.get(j);
                groupRoundOne[g] = households / groupsHere + (j < households % groupsHere ? 1 : 0);
                g++;
            }
        }
    }

    private void compileDistrict(int d, DistrictPlan plan, SimulationSettings settings,
            double cohortLittersPerMonth) {
        districtCodes[d] = plan.districtCode();
        species[d] = plan.prioritySpecies();
        DemographyParameters p = settings.demography().parameters(plan.districtCode(), plan.prioritySpecies())
                .validated();
        SupportPackage supportPackage = programme.packageFor(plan.prioritySpecies()).orElseThrow(
                () -> KetnghiaException.of(LivestockErrorCode.LIVESTOCK_PLAN_INVALID, "packages",
                        "no package for " + plan.prioritySpecies()));
        headPerHousehold[d] = supportPackage.headPerHousehold();
        founderAge[d] = p.founderAgeMonths();
        firstParturition[d] = p.ageAtFirstParturitionMonths();
        cullAge[d] = p.cullAgeMonths();
        herdCap[d] = settings.sales() ? p.herdCap() : 0;
        femaleFraction[d] = p.femaleFractionAtBirth();
        evenSexes[d] = femaleFraction[d] == 0.5;
        double[] cumulative = new double[p.litterSize().size()];
        double sum = 0;
        for (int k = 0; k < cumulative.length; k++) {
            sum += p.litterSize().get(k);
            cumulative[k] = sum;
        }
        cumulative[cumulative.length - 1] = 1.0;
        litterCumulative[d] = cumulative;
        litterProbability[d] = p.litterSize().stream().mapToDouble(Double::doubleValue).toArray();
        price[d][0] = p.priceYoungFemale().dong();
        price[d][1] = p.priceYoungMale().dong();
        price[d][2] = p.priceAdultFemale().dong();
        price[d][3] = p.priceAdultMale().dong();
        double offtakeRate = settings.sales() ? -Math.log(1 - p.maleOfftakeRate()) / 12 : 0;
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
            epidemicHazard[y - 1][d] = extraHazard;
        }
        compileCohort(d, Math.min(1, 1 / p.parturitionIntervalMonths()), cohortLittersPerMonth);
        int cull = p.cullAgeMonths();
        double[] death = new double[cull];
        double[] offtake = new double[cull];
        double[] female = new double[cull + 1];
        double[] male = new double[cull + 1];
        female[0] = 1;
        male[0] = 1;
        for (int a = 0; a < cull; a++) {
            death[a] = -Math.log(1 - p.annualMortality(a)) / 12;
            offtake[a] = a >= DemographyParameters.YOUNG_UNTIL_MONTHS ? offtakeRate : 0;
            female[a + 1] = female[a] * Math.exp(-death[a]);
            male[a + 1] = male[a] * Math.exp(-(death[a] + offtake[a]));
        }
        deathHazard[d] = death;
        this.offtakeHazard[d] = offtake;
        survivalFemale[d] = female;
        survivalMale[d] = male;
        femaleExitGuess[d] = ExitGuess.of(female);
        maleExitGuess[d] = ExitGuess.of(male);
        double[] k = new double[horizon + 1];
        double[] g = new double[horizon + 1];
        k[0] = 1;
        g[0] = 1;
        for (int m = 0; m < horizon; m++) {
            k[m + 1] = k[m] * Math.exp(-epidemicHazard[m / 12][d]);
            g[m + 1] = g[m] * (1 - birthProbability[m / 12][d]);
        }
        shock[d] = k;
        noBirth[d] = g;
        boolean epidemic = false;
        for (double factor : k) {
            epidemic |= factor != 1.0;
        }
        femaleNewbornExit[d] = epidemic ? null : newbornExitGuide(female);
        maleNewbornExit[d] = epidemic ? null : newbornExitGuide(male);
        birthGuess[d] = new double[years][];
        for (int y = 0; y < years; y++) {
            double probability = birthProbability[y][d];
            double slope = probability > 0 && probability < 1 ? 1 / Math.log1p(-probability) : 0;
            double[] months = new double[BIRTH_GUIDE];
            for (int j = 0; j < BIRTH_GUIDE; j++) {
                months[j] = Math.log((j + 0.5) / BIRTH_GUIDE) * slope;
            }
            birthGuess[d][y] = months;
        }
        List<String> ids = YearlyReport.indicatorIds();
        districtIds[d] = new String[ids.size()];
        for (int x = 0; x < ids.size(); x++) {
            districtIds[d][x] = ids.get(x) + "/" + plan.districtCode();
        }
    }

    /**
     * Whether district {@code d}'s cohorts draw month by month, and their tables of young and of females. The
     * choice reads the parturition probability without shocks ({@code withoutShocks}), not any year's: two
     * scenarios that differ from a programme year on make the same choice, and so the same draws before that year.
     */
    private void compileCohort(int d, double withoutShocks, double cohortLittersPerMonth) {
        cohortMonthly[d] = herdCap[d] > 0 && herdCap[d] * withoutShocks >= cohortLittersPerMonth;
        int sizes = cohortMonthly[d] ? 2 * herdCap[d] + 1 : 0;
        for (int y = 0; y < years; y++) {
            // the years of one parturition probability (all but a drought's) share their tables
            cohortYoungCumulative[y][d] = y > 0 && birthProbability[y][d] == birthProbability[y - 1][d]
                    ? cohortYoungCumulative[y - 1][d]
                    : youngCumulative(sizes - 1, birthProbability[y][d], litterProbability[d]);
            double[][] tables = cohortYoungCumulative[y][d];
            int[][] guides = new int[tables.length][];
            for (int n = 0; n < tables.length; n++) {
                guides[n] = guide(tables[n]);
            }
            cohortYoungGuide[y][d] = guides;
        }
        int mostYoung = Math.max(0, (sizes - 1) * litterProbability[d].length);
        double[][] females = new double[cohortMonthly[d] ? mostYoung + 1 : 0][];
        for (int y = 0; y < females.length; y++) {
            females[y] = binomialCumulative(y, femaleFraction[d]);
        }
        femalesCumulative[d] = females;
    }

    /**
     * For {@code n = 0 … largest}, {@code P(Y ≤ y)} for {@code y = 0 … n · L} of the young {@code Y} that {@code n}
     * females bear in a month, each independently a litter with probability {@code p}, of {@code k} young with
     * probability {@code litter[k − 1]} ({@code L} the largest litter): the law of one female is {@code R = (1 − p)
     * δ₀ + p · litter}, and that of {@code n} females its {@code n}-fold convolution, built one female at a time
     * (the generating function {@code (1 − p + p·Q(z))ⁿ}). Each table's last value is exactly 1.
     */
    static double[][] youngCumulative(int largest, double p, double[] litter) {
        int most = litter.length;
        double[] one = new double[most + 1];
        one[0] = 1 - p;
        for (int k = 1; k <= most; k++) {
            one[k] = p * litter[k - 1];
        }
        double[][] tables = new double[Math.max(largest + 1, 0)][];
        double[] law = {1.0};
        for (int n = 0; n <= largest; n++) {
            if (n > 0) {
                double[] next = new double[law.length + most];
                for (int y = 0; y < law.length; y++) {
                    if (law[y] != 0) {
                        for (int k = 0; k <= most; k++) {
                            next[y + k] += law[y] * one[k];
                        }
                    }
                }
                law = next;
            }
            double[] cumulative = new double[law.length];
            double sum = 0;
            for (int y = 0; y < law.length; y++) {
                sum += law[y];
                cumulative[y] = sum;
            }
            cumulative[law.length - 1] = 1.0;
            tables[n] = cumulative;
        }
        return tables;
    }

    /**
     * The guide table of a cumulative distribution {@code c} (non-decreasing, last value 1), per bucket {@code j <
     * }{@value #GUIDE} of the uniforms {@code u} in {@code [j/G, (j+1)/G)} (exact: {@code u · G} scales by a power of
     * two): with {@code y} the least index with {@code c[y] > j/G}, every {@code u} of the bucket has {@code c[y − 1] ≤
     * j/G ≤ u}, so its inverse, the first {@code y} with {@code u < c[y]}, is at or above {@code y} (indexed search,
     * Chen and Asau 1974); it is {@code y} itself for the whole bucket when {@code c[y] ≥ (j+1)/G} (or {@code y} is the
     * last index). The entry is {@code y} then, {@code ~y} (negative) where the walk must go on from {@code y}.
     */
    static int[] guide(double[] c) {
        int[] guide = new int[GUIDE];
        int y = 0;
        for (int j = 0; j < GUIDE; j++) {
            double low = (double) j / GUIDE;
            double high = (double) (j + 1) / GUIDE;
            while (y < c.length - 1 && !(c[y] > low)) {
                y++;
            }
            guide[j] = y == c.length - 1 || c[y] >= high ? y : ~y;
        }
        return guide;
    }

    /**
     * The guide of the exit search of an animal entering at age 0 in a district without epidemics, whose search
     * compares {@code survival[k + 1]} with the uniform's {@code r} in {@code (0, 1]} ({@code L(0)} and every
     * calendar factor being exactly 1): per bucket {@code j < }{@value #EXIT_GUIDE}, the least {@code k} with
     * {@code survival[k + 1] < (j + 1) / }{@value #EXIT_GUIDE} (the cull age minus 1 if none). An {@code r} in
     * bucket {@code j} is at most its upper end, so its first {@code k} with {@code survival[k + 1] < r} is at or
     * above it: the walk up from there finds the binary search's month.
     */
    static int[] newbornExitGuide(double[] survival) {
        int last = survival.length - 2;
        int[] guide = new int[EXIT_GUIDE];
        int k = last;
        for (int j = 0; j < EXIT_GUIDE; j++) {
            double high = (double) (j + 1) / EXIT_GUIDE;
            while (k > 0 && survival[k] < high) {
                k--;
            }
            guide[j] = k;
        }
        return guide;
    }

    /** {@code P(B = k)} for {@code k = 0 … n} of {@code B ~ binomial(n, p)}. */
    static double[] binomialProbabilities(int n, double p) {
        double[] probability = new double[n + 1];
        if (p >= 1) {
            probability[n] = 1;
        } else {
            probability[0] = Math.pow(1 - p, n);
            double odds = p / (1 - p);
            for (int k = 0; k < n; k++) {
                probability[k + 1] = probability[k] * (n - k) / (k + 1) * odds;
            }
        }
        return probability;
    }

    /** {@code P(B ≤ k)} for {@code k = 0 … n} of {@code B ~ binomial(n, p)}; the last exactly 1. */
    static double[] binomialCumulative(int n, double p) {
        double[] probability = binomialProbabilities(n, p);
        double[] cumulative = new double[n + 1];
        double sum = 0;
        for (int k = 0; k <= n; k++) {
            sum += probability[k];
            cumulative[k] = sum;
        }
        cumulative[n] = 1.0;
        return cumulative;
    }

    /** The binomial {@code (n, p)} number whose cumulative probability first exceeds {@code u} in [0, 1). */
    static int binomialInverse(int n, double p, double u) {
        double[] cumulative = binomialCumulative(n, p);
        int k = 0;
        while (u >= cumulative[k]) {
            k++;
        }
        return k;
    }

    /** The price of an animal of district {@code d} by sex and age, in đồng. */
    long price(int d, boolean female, int ageMonths) {
        boolean young = ageMonths < DemographyParameters.YOUNG_UNTIL_MONTHS;
        return price[d][(young ? 0 : 2) + (female ? 0 : 1)];
    }

    /**
     * The inverse of a survival table {@code L} by its cumulative hazard {@code H(a) = −log L(a)}: the exit
     * age of an animal of age {@code a0} whose uniform leaves {@code r} is about the first age {@code a} with
     * {@code H(a+1) > H(a0) − log r}. Buckets of the smallest monthly hazard's width each hold the first such
     * age of their lower end, so the guess is that age or the one before it (shocks only bring the exit
     * earlier). Immutable.
     */
    static final class ExitGuess {
        private static final int MAX_BUCKETS = 1 << 16;
        /** {@code H(a)} for ages 0 … cull. */
        final double[] cumulativeHazard;
        /** Buckets per unit of cumulative hazard. */
        final double scale;
        /** Per bucket {@code b}, the first age {@code a} with {@code H(a+1) > b / scale}. */
        final int[] ageByBucket;

        private ExitGuess(double[] cumulativeHazard, double scale, int[] ageByBucket) {
            this.cumulativeHazard = cumulativeHazard;
            this.scale = scale;
            this.ageByBucket = ageByBucket;
        }

        /** The guess of {@code survival}; null if some month has (almost) no hazard or the table would be too large. */
        static ExitGuess of(double[] survival) {
            int cull = survival.length - 1;
            double[] hazard = new double[cull + 1];
            double smallest = Double.MAX_VALUE;
            for (int a = 0; a <= cull; a++) {
                hazard[a] = -Math.log(survival[a]);
                if (a > 0) {
                    smallest = Math.min(smallest, hazard[a] - hazard[a - 1]);
                }
            }
            if (cull == 0 || !(smallest > 1e-9) || !(hazard[cull] * (1 / smallest) < MAX_BUCKETS - 2)) {
                return null;
            }
            double scale = 1 / smallest;
            int[] ages = new int[(int) (hazard[cull] * scale) + 2];
            int a = 0;
            for (int b = 0; b < ages.length; b++) {
                double value = b / scale;
                while (a < cull && !(hazard[a + 1] > value)) {
                    a++;
                }
                ages[b] = a;
            }
            return new ExitGuess(hazard, scale, ages);
        }

        /** The guessed exit age of an animal of age {@code a0} whose uniform leaves {@code r} in (0, 1]. */
        int age(int a0, double r) {
            double bucket = (cumulativeHazard[a0] - FirstBelow.roughLog(r)) * scale;
            return ageByBucket[bucket < ageByBucket.length - 1 ? (int) bucket : ageByBucket.length - 1];
        }
    }
}
