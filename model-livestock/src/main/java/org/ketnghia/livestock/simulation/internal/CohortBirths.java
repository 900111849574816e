package org.ketnghia.livestock.simulation.internal;

import static org.ketnghia.livestock.simulation.internal.HerdState.DONE;
import static org.ketnghia.livestock.simulation.internal.HerdState.NONE;
import static org.ketnghia.livestock.simulation.internal.HerdState.NO_OBLIGATION;
import static org.ketnghia.livestock.simulation.internal.HerdState.WRITTEN_OFF;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The parturitions of each household's cohort (<i>đàn cái sinh sản của hộ</i>), in the districts whose herds
 * are large enough to pay for it ({@link CompiledPlan#cohortMonthly}): the females of a household whose
 * obligation is closed (fulfilled, written off, or none without pass-on: it can never open again, and none of
 * its animals moves), once past a parturition of their own in it, are exchangeable for births. Each gives
 * birth in a month with the month's probability {@code p}, independently of the others and of her past, so
 * the household's {@code n} of them give birth to a binomial {@code (n, p)} number of litters each month: one
 * uniform per household and month, by inverse CDF, instead of a calendar entry and a search per female and
 * parturition. Exact, since the months are independent Bernoulli trials. Only trace mode needs to know which
 * females are the mothers: they are chosen uniformly among the cohort from a stream of their own, so that the
 * draws of the replicate's stream are the same with and without the trace. Confined to the replicate's thread.
 */
final class CohortBirths {

    private final CompiledPlan plan;
    private final HerdState herd;
    private final SplittableRandom random;
    /** Per household, its place in {@link #households} plus one; 0 while it has had no cohort. */
    private int[] entryOf = new int[256];
    /**
     * The households that ever had a cohort, in the order of their first female's joining, and per entry its
     * females and its district: the month's pass reads these in order rather than each household's own arrays.
     */
    private int[] households = new int[64];
    private int[] entrySize = new int[64];
    private int[] entryDistrict = new int[64];
    private int householdCount;
    /**
     * The year under way, and per district and cohort size that year's tables of a cohort's young of a month
     * ({@link CompiledPlan#cohortYoungCumulative}, {@link CompiledPlan#cohortYoungGuide}), read at each draw.
     */
    private int year;
    private double[][][] cumulativeOfYear;
    private int[][][] guideOfYear;
    /** Entries whose females left this month while {@link #deferring}: one per female. */
    private int[] left = new int[64];
    private int leftCount;
    private boolean deferring;
    /** Females joining after this month's parturitions (not before: they have had this month's trial). */
    private int[] joiners = new int[64];
    private int joinerCount;
    /** This month's entries with young ({@link #drawYoung}), in the order of the entries, and their young. */
    private int[] withYoung = new int[64];
    private int[] youngOf = new int[64];
    private int[] femalesOf = new int[64];

    /**
     * Per join month, the households with females bound to join then ({@link #pendJoin}), in the order of their
     * first such female, each entry with its count of them in the place of a generation.
     */
    private final EventCalendar joinMonths;
    /** The month under way ({@link #atMonth}). */
    private int month;

    CohortBirths(CompiledPlan plan, HerdState herd, SplittableRandom random, EventCalendar joinMonths) {
        this.plan = plan;
        this.herd = herd;
        this.random = random;
        this.joinMonths = joinMonths;
    }

    /**
     * Female {@code i} of household {@code h}, entering a closed household of a district of cohorts, joins its cohort
     * at the census of {@code joinMonth} (the later of her entry and her reaching the age at first parturition), being
     * alive then: counted in her household's entry of that month, with no calendar entry of her own. She is a member
     * from that census on ({@link #member}); one sold before it is taken off the count ({@link #leaving}).
     */
    void pendJoin(int i, int h, int joinMonth) {
        herd.bindCohort(i);
        EventCalendar.Bucket due = joinMonths.take(joinMonth);
        int last = due.count - 1;
        if (last >= 0 && EventCalendar.slot(due.entries[last]) == h) {
            due.entries[last] += ONE_JOINER; // the young of a household enter one after another
        } else {
            joinMonths.add(joinMonth, h, 1, 0);
        }
    }

    /** One female more in a join entry's count, kept where a calendar entry keeps its generation. */
    private static final long ONE_JOINER = 1L << 32;

    /**
     * The females bound to join at the census of {@code month} join their households' cohorts, the households in the
     * order of their first such female, before this month's draw: this month is their first trial.
     */
    void joinPending(int month) {
        EventCalendar.Bucket due = joinMonths.take(month);
        long[] entries = due.entries;
        for (int e = 0; e < due.count; e++) {
            int joining = EventCalendar.generation(entries[e]);
            if (joining > 0) {
                int k = entry(EventCalendar.slot(entries[e]));
                entrySize[k] += joining;
            }
        }
    }

    /** Whether female {@code i}'s parturitions are her household's cohort's now. */
    boolean member(int i) {
        return herd.inCohort(i)
                || herd.boundToCohort(i) && month >= herd.born(i) + plan.firstParturition[herd.district(i)];
    }

    /**
     * Whether female {@code i} of household {@code h}, who has just given birth, joins its cohort: her
     * household's obligation is closed for good, she is not earmarked, and her district's herds are large.
     */
    boolean joins(int i, int h) {
        return joinsClosed(h) && (herd.flags(i) & HerdState.EARMARKED) == 0;
    }

    /** Whether a female of household {@code h} who is not earmarked joins its cohort ({@link #joins}). */
    boolean joinsClosed(int h) {
        byte obligation = herd.obligation[h];
        boolean closed = obligation == DONE || obligation == WRITTEN_OFF
                || (obligation == NO_OBLIGATION && !plan.passOn);
        return closed && plan.cohortMonthly[herd.districtOfHousehold[h]];
    }

    /** Female {@code i} joins her household's cohort once this month's parturitions are done. */
    void join(int i) {
        if (joinerCount == joiners.length) {
            joiners = Arrays.copyOf(joiners, joinerCount * 2);
        }
        joiners[joinerCount++] = i;
    }

    /**
     * The month's joiners join: their parturitions are their household's from the next month on. One who left
     * during the month (the Monte Carlo path joins after the exits) does not: her slot is free until the month's end.
     */
    void applyJoins() {
        for (int j = 0; j < joinerCount; j++) {
            int i = joiners[j];
            if (herd.alive(i)) {
                joinAfterParturition(herd.household(i), i);
            } else {
                // she would have joined and left at once: her household's place in the month's pass is taken as then
                entry(herd.household(i));
            }
        }
        joinerCount = 0;
    }

    /** Female {@code i}, a mother of household {@code h} after a parturition of her own, joins its cohort now. */
    private void joinAfterParturition(int h, int i) {
        herd.joinCohort(i);
        int k = entry(h); // first: it may grow entrySize
        entrySize[k]++;
    }

    /** Household {@code h}'s place in the entries, given it at the end if it has none yet. */
    private int entry(int h) {
        final HerdState s = herd;
        if (h >= entryOf.length) {
            entryOf = Arrays.copyOf(entryOf, Math.max(h + 1, entryOf.length * 2));
        }
        if (entryOf[h] == 0) {
            if (householdCount == households.length) {
                households = Arrays.copyOf(households, householdCount * 2);
                entrySize = Arrays.copyOf(entrySize, householdCount * 2);
                entryDistrict = Arrays.copyOf(entryDistrict, householdCount * 2);
            }
            households[householdCount] = h;
            entryDistrict[householdCount] = s.districtOfHousehold[h];
            entryOf[h] = ++householdCount;
        }
        return entryOf[h] - 1;
    }

    /**
     * Animal {@code i}, still in the arrays, leaves the herd: one female fewer in its cohort if it was in it (once
     * this month's draws are done, while {@link #deferLeaving} holds).
     */
    void leaving(int i) {
        if (!member(i)) {
            if (herd.boundToCohort(i)) { // bound to join later: off the count of her join month
                notJoining(herd.household(i), herd.born(i) + plan.firstParturition[herd.district(i)]);
            }
            return;
        }
        int k = entryOf[herd.household(i)] - 1;
        if (deferring) {
            if (leftCount == left.length) {
                left = Arrays.copyOf(left, leftCount * 2);
            }
            left[leftCount++] = k;
        } else {
            entrySize[k]--;
        }
    }

    /** One female of household {@code h} bound to join at the census of {@code joinMonth} leaves before it. */
    private void notJoining(int h, int joinMonth) {
        EventCalendar.Bucket due = joinMonths.take(joinMonth);
        for (int e = 0; e < due.count; e++) {
            long entry = due.entries[e];
            if (EventCalendar.slot(entry) == h && EventCalendar.generation(entry) > 0) {
                due.entries[e] = entry - ONE_JOINER;
                return;
            }
        }
        throw new IllegalStateException("no female of household " + h + " is bound to join in month " + joinMonth);
    }

    /**
     * The month's exits come before its cohort draws (Monte Carlo path): the females leaving stay in the count
     * until {@link #applyLeaving}, since they were alive at the census and have the month's trial.
     */
    void deferLeaving() {
        deferring = true;
    }

    /** The month's cohort draws are done: the females that left this month leave their counts. */
    void applyLeaving() {
        deferring = false;
        for (int j = 0; j < leftCount; j++) {
            int k = left[j];
            entrySize[k]--;
        }
        leftCount = 0;
    }

    /** The month {@code month} starts: in a new year, that year's tables. */
    void atMonth(int month) {
        this.month = month;
        year = month / 12;
        cumulativeOfYear = plan.cohortYoungCumulative[year];
        guideOfYear = plan.cohortYoungGuide[year];
    }

    /** The {@code k}-th household that had a cohort. */
    int household(int k) {
        return households[k];
    }

    /** The females of household {@code h}'s cohort. */
    int size(int h) {
        return h < entryOf.length && entryOf[h] > 0 ? entrySize[entryOf[h] - 1] : 0;
    }

    /** The district of the {@code k}-th household. */
    int districtAt(int k) {
        return entryDistrict[k];
    }

    /**
     * Draws the month's young of every cohort, the entries in order ({@link #youngAt}: one uniform each, none for
     * an empty cohort), before any of them is handled: a tight loop whose outcome decides no branch, so that the
     * processor overlaps the households' draws. The number of entries with young; {@link #withYoung} and {@link
     * #youngOf} name them, in the order of the entries.
     */
    int drawYoung() {
        if (withYoung.length < householdCount) {
            withYoung = new int[Math.max(householdCount, 2 * withYoung.length)];
            youngOf = new int[withYoung.length];
            femalesOf = new int[withYoung.length];
        }
        int[] entries = withYoung;
        int[] young = youngOf;
        int found = 0;
        for (int k = 0; k < householdCount; k++) {
            int y = youngAt(k);
            entries[found] = k;
            young[found] = y;
            found += y != 0 ? 1 : 0;
        }
        return found;
    }

    /**
     * Draws how many of the young of each of the month's {@code found} entries with young are female ({@link
     * #females}), in their order, after all their young are drawn; per entry, in the order of {@link #withYoung}.
     */
    int[] drawFemales(int found) {
        int[] females = femalesOf;
        for (int j = 0; j < found; j++) {
            females[j] = females(entryDistrict[withYoung[j]], youngOf[j]);
        }
        return females;
    }

    /** The {@code j}-th entry with young this month ({@link #drawYoung}). */
    int withYoung(int j) {
        return withYoung[j];
    }

    /** The young of the {@code j}-th entry with young this month ({@link #drawYoung}). */
    int youngOf(int j) {
        return youngOf[j];
    }

    /**
     * The young that the cohort of the {@code k}-th household bears this month ({@link #atMonth}):
     * the sum of a binomial {@code (n, p)} number of litters, from one uniform by inverse CDF of the compound law
     * ({@link CompiledPlan#youngCumulative}); none drawn for an empty cohort.
     */
    private int youngAt(int k) {
        int n = entrySize[k];
        if (n == 0) {
            return 0;
        }
        double u = random.nextDouble();
        int y = 0;
        int d = entryDistrict[k];
        int[][] guides = guideOfYear[d];
        double[] cumulative;
        if (n < guides.length) {
            int guide = guides[n][(int) (u * CompiledPlan.GUIDE)];
            if (guide >= 0) {
                return guide; // the whole bucket of u has this inverse
            }
            cumulative = cumulativeOfYear[d][n];
            y = ~guide;
            y += u >= cumulative[y] ? 1 : 0; // the usual single step, without a branch (then y is not the last)
        } else {
            cumulative = CompiledPlan.youngCumulative(n, plan.birthProbability[year][d], plan.litterProbability[d])[n];
        }
        while (u >= cumulative[y]) {
            y++;
        }
        return y;
    }

    /** The females among {@code young} young of district {@code d}: binomial, from one uniform by inverse CDF. */
    int females(int d, int young) {
        if (plan.evenSexes[d] && young <= Long.SIZE) {
            // each young female with probability one half: one fair bit each, the females the bits set
            return Long.bitCount(random.nextLong() >>> (Long.SIZE - young));
        }
        double u = random.nextDouble();
        double[][] byYoung = plan.femalesCumulative[d];
        if (young >= byYoung.length) {
            return CompiledPlan.binomialInverse(young, plan.femaleFraction[d], u);
        }
        double[] cumulative = byYoung[young];
        int f = 0;
        while (u >= cumulative[f]) {
            f++;
        }
        return f;
    }

    /**
     * Trace mode: how the {@code young} young of household {@code h}'s cohort in {@code month} came in litters,
     * drawn from {@code choice} given that total: the number of litters {@code k} with probability proportional
     * to {@code P(k litters) · P(k litters hold young)}, then each litter's size given what the others must
     * hold. Writes the sizes into {@code sizes} (at least {@code young} long); returns {@code k}. The Monte
     * Carlo path draws only the total, which has the same law: this is its breakdown, conditionally exact.
     */
    int litters(int h, int month, int young, SplittableRandom choice, int[] sizes) {
        int d = herd.districtOfHousehold[h];
        return litters(size(h), plan.birthProbability[month / 12][d], plan.litterProbability[d], young, choice, sizes);
    }

    /**
     * {@link #litters(int, int, int, SplittableRandom, int[])} for a cohort of {@code n} females, each giving birth
     * with probability {@code p} to a litter of {@code k} young with probability {@code litter[k − 1]}.
     */
    static int litters(int n, double p, double[] litter, int young, SplittableRandom choice, int[] sizes) {
        int most = Math.min(n, young);
        // hold[j][y]: the probability that j litters hold y young
        double[][] hold = new double[most + 1][young + 1];
        hold[0][0] = 1;
        for (int j = 1; j <= most; j++) {
            for (int y = 0; y <= young; y++) {
                for (int l = 1; l <= litter.length && l <= y; l++) {
                    hold[j][y] += hold[j - 1][y - l] * litter[l - 1];
                }
            }
        }
        double[] binomial = CompiledPlan.binomialProbabilities(n, p);
        double[] weight = new double[most + 1];
        for (int k = 1; k <= most; k++) {
            weight[k] = binomial[k] * hold[k][young];
        }
        int k = pick(weight, 1, most, choice);
        int left = young;
        double[] sizeWeight = new double[litter.length + 1];
        for (int j = k; j >= 1; j--) {
            java.util.Arrays.fill(sizeWeight, 0);
            for (int l = 1; l <= litter.length && l <= left; l++) {
                sizeWeight[l] = litter[l - 1] * hold[j - 1][left - l];
            }
            int l = pick(sizeWeight, 1, Math.min(litter.length, left), choice);
            sizes[k - j] = l;
            left -= l;
        }
        return k;
    }

    /** An index in {@code [low, high]} with probability proportional to its weight. */
    private static int pick(double[] weight, int low, int high, SplittableRandom choice) {
        double total = 0;
        for (int i = low; i <= high; i++) {
            total += weight[i];
        }
        double target = choice.nextDouble() * total;
        for (int i = low; i < high; i++) {
            target -= weight[i];
            if (target < 0 && weight[i] > 0) {
                return i;
            }
        }
        return high;
    }

    /**
     * Trace mode: {@code count} distinct mothers of household {@code h}'s cohort, uniformly (selection
     * sampling over its list, from {@code choice}, a stream apart from the replicate's), into {@code into}.
     */
    void chooseMothers(int h, int count, SplittableRandom choice, int[] into) {
        final HerdState s = herd;
        int left = size(h);
        int chosen = 0;
        for (int j = s.head[h]; j != NONE && chosen < count; j = s.next(j)) {
            if (member(j)) {
                if (choice.nextInt(left) < count - chosen) {
                    into[chosen++] = j;
                }
                left--;
            }
        }
    }
}
