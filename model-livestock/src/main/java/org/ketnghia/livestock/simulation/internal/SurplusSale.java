package org.ketnghia.livestock.simulation.internal;

import static org.ketnghia.livestock.simulation.internal.HerdState.EARMARKED;
import static org.ketnghia.livestock.simulation.internal.HerdState.FEMALE;
import static org.ketnghia.livestock.simulation.internal.HerdState.NONE;
import static org.ketnghia.livestock.simulation.internal.HerdState.RECEIVED;

/**
 * The month-end sale of the surplus above the herd cap (<i>bán bớt đàn vượt mức</i>): the households checked
 * during the month sell, males first, then females, never a received or earmarked animal, in the order of
 * their lists, the Monte Carlo path's young of the month (counts, not yet in the lists) first; on that path a
 * closed household with young of its cohort sells right after the cohort's draw ({@link #sellNow}). Draws
 * nothing. Confined to the replicate's thread.
 */
final class SurplusSale {

    private final CompiledPlan plan;
    private final HerdState herd;
    private final TraceListener trace; // null on the fast path
    private final CohortBirths cohort;
    private final boolean anyCap;

    SurplusSale(CompiledPlan plan, HerdState herd, TraceListener trace, CohortBirths cohort) {
        this.plan = plan;
        this.herd = herd;
        this.trace = trace;
        this.cohort = cohort;
        boolean cap = false;
        for (int c : plan.herdCap) {
            cap |= c > 0;
        }
        this.anyCap = cap;
    }

    /**
     * Household {@code h}'s herd grew or an animal of it became sellable: it sells its surplus at the month's
     * end if its herd is above the cap now. Only growth makes a surplus and each growth checks again, so one
     * not above the cap now has none at the month's end unless checked again.
     */
    void check(int h) {
        if (anyCap) {
            final HerdState s = herd;
            int cap = plan.herdCap[s.districtOfHousehold[h]];
            if (cap > 0 && s.herdSize[h] + s.newborns[h] > cap) {
                s.markCapCheck(h);
            }
        }
    }

    /**
     * Sells the surplus above the herd cap of the households whose herd grew (or whose animal stopped
     * being earmarked) this month: males first, then females, never a received or earmarked animal,
     * each in the order of the household's list (the most recent entry first: the youngest born first).
     * The Monte Carlo path's young of the month, not yet in the list, are its first entries: the last born
     * first.
     */
    void sell(int month) {
        final HerdState s = herd;
        for (int c = 0; c < s.checkCount; c++) {
            int h = s.checkHouseholds[c];
            if (s.capCheck[h]) { // not sold already (sellNow)
                sellHousehold(h, month);
            }
        }
        s.checkCount = 0;
    }

    /**
     * Household {@code h} sells its surplus now, at the month's end, if it is above its cap (or was checked): its
     * herd and its young of the month are final (the Monte Carlo path's cohort pass, after the exits, for a closed
     * household, which no later event of the month touches). The month's sale pass then skips it.
     */
    void sellNow(int h, int month) {
        final HerdState s = herd;
        int cap = plan.herdCap[s.districtOfHousehold[h]];
        if (s.capCheck[h] || cap > 0 && s.herdSize[h] + s.newborns[h] > cap) {
            sellHousehold(h, month);
        }
    }

    /** Household {@code h}'s sale of the surplus above its cap, if any. */
    private void sellHousehold(int h, int month) {
        final HerdState s = herd;
        s.capCheck[h] = false;
        int cap = plan.herdCap[s.districtOfHousehold[h]];
        int surplus = s.herdSize[h] + s.newborns[h] - cap;
        if (cap <= 0 || surplus <= 0) {
            return;
        }
        int young = Math.min(surplus, s.newbornSellableMales[h]);
        s.newbornSellableMales[h] -= young;
        surplus -= young;
        if (surplus > 0 && s.sellableMales[h] > 0) {
            surplus = sellFromList(h, surplus, true, month);
        }
        int youngFemales = Math.min(surplus, s.newbornSellableFemales[h]);
        s.newbornSellableFemales[h] -= youngFemales;
        surplus -= youngFemales;
        s.sold[s.districtOfHousehold[h]] += young + youngFemales;
        if (surplus > 0) {
            sellFromList(h, surplus, false, month);
        }
    }

    /**
     * Sells up to {@code surplus} animals of household {@code h}'s list, in its order, neither received nor
     * earmarked, only males if {@code malesOnly}; the surplus left.
     */
    private int sellFromList(int h, int surplus, boolean malesOnly, int month) {
        final HerdState s = herd;
        int left = surplus;
        int j = s.head[h];
        while (j != NONE && left > 0 && (!malesOnly || s.sellableMales[h] > 0)) {
            int after = s.next(j);
            byte f = s.flags(j);
            if ((f & (RECEIVED | EARMARKED)) == 0 && (!malesOnly || (f & FEMALE) == 0)) {
                s.sold[s.districtOfHousehold[h]]++;
                if (trace != null) {
                    trace.sold(s, j, month, TraceListener.SURPLUS);
                }
                cohort.leaving(j);
                s.removeAnimal(j);
                left--;
            }
            j = after;
        }
        return left;
    }
}
