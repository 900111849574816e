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
    /** Per household, its cohort's females. */
    private int[] size = new int[256];
    /** Per household, whether it is in {@link #households}. */
    private boolean[] listed = new boolean[256];
    /** The households that ever had a cohort, in the order of their first female's joining. */
    private int[] households = new int[64];
    private int householdCount;
    /** Females joining after this month's parturitions (not before: they have had this month's trial). */
    private int[] joiners = new int[64];
    private int joinerCount;

    CohortBirths(CompiledPlan plan, HerdState herd, SplittableRandom random) {
        this.plan = plan;
        this.herd = herd;
        this.random = random;
    }

    /**
     * Whether female {@code i} of household {@code h}, who has just given birth, joins its cohort: her
     * household's obligation is closed for good, she is not earmarked, and her district's herds are large.
     */
    boolean joins(int i, int h) {
        byte obligation = herd.obligation[h];
        boolean closed = obligation == DONE || obligation == WRITTEN_OFF
                || (obligation == NO_OBLIGATION && !plan.passOn);
        return closed && plan.cohortMonthly[herd.districtOfHousehold[h]]
                && (herd.flags(i) & HerdState.EARMARKED) == 0;
    }

    /** Female {@code i} joins her household's cohort once this month's parturitions are done. */
    void join(int i) {
        if (joinerCount == joiners.length) {
            joiners = Arrays.copyOf(joiners, joinerCount * 2);
        }
        joiners[joinerCount++] = i;
    }

    /** The month's joiners join: their parturitions are their household's from the next month on. */
    void applyJoins() {
        final HerdState s = herd;
        for (int j = 0; j < joinerCount; j++) {
            int i = joiners[j];
            s.joinCohort(i);
            int h = s.household(i);
            if (h >= size.length) {
                int length = Math.max(h + 1, size.length * 2);
                size = Arrays.copyOf(size, length);
                listed = Arrays.copyOf(listed, length);
            }
            size[h]++;
            if (!listed[h]) {
                listed[h] = true;
                if (householdCount == households.length) {
                    households = Arrays.copyOf(households, householdCount * 2);
                }
                households[householdCount++] = h;
            }
        }
        joinerCount = 0;
    }

    /** Animal {@code i}, still in the arrays, leaves the herd: one female fewer in its cohort if it was in it. */
    void leaving(int i) {
        if (herd.inCohort(i)) {
            size[herd.household(i)]--;
        }
    }

    /** The number of households that ever had a cohort; {@link #household} lists them. */
    int householdCount() {
        return householdCount;
    }

    /** The {@code k}-th household that had a cohort. */
    int household(int k) {
        return households[k];
    }

    /**
     * The number of mothers of household {@code h}'s cohort in {@code month}: binomial {@code (n, p)}, from one
     * uniform by inverse CDF (none drawn for an empty cohort).
     */
    int mothers(int h, int month) {
        int n = size[h];
        if (n == 0) {
            return 0;
        }
        int d = herd.districtOfHousehold[h];
        double u = random.nextDouble();
        double[][] byCohort = plan.cohortCumulative[month / 12][d];
        if (n < byCohort.length) {
            double[] cumulative = byCohort[n];
            int k = 0;
            while (u >= cumulative[k]) {
                k++;
            }
            return k;
        }
        return CompiledPlan.binomialInverse(n, plan.birthProbability[month / 12][d], u);
    }

    /**
     * Trace mode: {@code count} distinct mothers of household {@code h}'s cohort, uniformly (selection
     * sampling over its list, from {@code choice}, a stream apart from the replicate's), into {@code into}.
     */
    void chooseMothers(int h, int count, SplittableRandom choice, int[] into) {
        final HerdState s = herd;
        int left = size[h];
        int chosen = 0;
        for (int j = s.head[h]; j != NONE && chosen < count; j = s.next(j)) {
            if (s.inCohort(j)) {
                if (choice.nextInt(left) < count - chosen) {
                    into[chosen++] = j;
                }
                left--;
            }
        }
    }
}
