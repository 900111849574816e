package org.ketnghia.livestock.simulation.internal;

import static org.ketnghia.livestock.simulation.internal.HerdState.DONE;
import static org.ketnghia.livestock.simulation.internal.HerdState.EARMARKED;
import static org.ketnghia.livestock.simulation.internal.HerdState.FEMALE;
import static org.ketnghia.livestock.simulation.internal.HerdState.OFFSPRING_BITS;
import static org.ketnghia.livestock.simulation.internal.HerdState.OFFSPRING_ONE;
import static org.ketnghia.livestock.simulation.internal.HerdState.OFFSPRING_SHIFT;
import static org.ketnghia.livestock.simulation.internal.HerdState.OPEN;
import static org.ketnghia.livestock.simulation.internal.HerdState.RECEIVED;
import static org.ketnghia.livestock.simulation.internal.HerdState.WRITTEN_OFF;

import java.util.SplittableRandom;
import org.ketnghia.livestock.passon.PassOnKind;

/**
 * One month of a replicate (<i>một tháng mô phỏng</i>). Animal by animal, in array order: a female at
 * or past the age of first parturition gives birth with the month's probability (litter size, then
 * each young's sex, drawn in that order); then the animal dies or — a male of 12 months or more, with
 * sales on — is sold, as competing risks from one draw; then it is culled at the cull age, or an
 * earmarked offspring old enough is handed over (offspring policies) or frees a mother (mother
 * policies); then it ages one month. Young born this month are appended and stepped in the same
 * pass. After the pass: replacements of dead received animals and hand-overs of freed mothers, then
 * sales of the surplus above the herd cap.
 *
 * <p>The random draws and their order are the simulator's contract (a traced replicate equals its
 * Monte Carlo replicate): nothing here draws for the trace. Confined to the replicate's thread.
 */
final class MonthlyStep {

    private final CompiledPlan plan;
    private final HerdState herd;
    private final SplittableRandom random;
    private final TraceListener trace; // null on the fast path

    MonthlyStep(CompiledPlan plan, HerdState herd, SplittableRandom random, TraceListener trace) {
        this.plan = plan;
        this.herd = herd;
        this.random = random;
        this.trace = trace;
    }

    /** Steps month {@code month} (0-based) of programme year {@code yearIndex + 1}. */
    void step(int month, int yearIndex) {
        final HerdState s = herd;
        final CompiledPlan k = plan;
        final SplittableRandom rnd = random;
        final double[] birthP = k.birthProbability[yearIndex];
        final double[][] deathF = k.deathFemale[yearIndex];
        final double[][] deathM = k.deathMale[yearIndex];
        final double[][] exitM = k.exitMale[yearIndex];
        final int[] firstParturition = k.firstParturition;
        final int[] cullAge = k.cullAge;
        s.animalMonths += s.animals;
        int i = 0;
        while (i < s.animals) {
            int d = s.district[i];
            int a = s.age[i];
            byte f = s.flags[i];
            int h = s.household[i];
            boolean female = (f & FEMALE) != 0;
            if (female && a >= firstParturition[d] && rnd.nextDouble() < birthP[d]) {
                giveBirth(i, h, d, month);
            }
            double u = rnd.nextDouble();
            if (female) {
                if (u < deathF[d][a]) {
                    s.deaths[d]++;
                    if (trace != null) {
                        trace.died(s, i, month);
                    }
                    leave(i, h, f, true);
                    continue;
                }
            } else {
                if (u < exitM[d][a]) {
                    boolean dies = u < deathM[d][a];
                    if (dies) {
                        s.deaths[d]++;
                    } else {
                        s.sold[d]++;
                    }
                    if (trace != null) {
                        if (dies) {
                            trace.died(s, i, month);
                        } else {
                            trace.sold(s, i, month, TraceListener.MALE_OFFTAKE);
                        }
                    }
                    leave(i, h, f, dies);
                    continue;
                }
            }
            if (a + 1 >= cullAge[d]) {
                s.culled[d]++;
                if (trace != null) {
                    trace.sold(s, i, month, TraceListener.CULLED);
                }
                leave(i, h, f, false);
                continue;
            }
            if ((f & EARMARKED) != 0 && a >= k.minimumAge) {
                // flags re-read: a birth this month may have counted one more offspring
                if (s.obligation[h] != OPEN) {
                    s.flags[i] = (byte) (s.flags[i] & ~EARMARKED);
                } else if (k.kind == PassOnKind.OFFSPRING) {
                    handOver(i, h, month);
                } else {
                    s.flags[i] = (byte) (s.flags[i] & ~EARMARKED);
                    s.pend(h, true);
                }
            }
            s.age[i] = a + 1;
            i++;
        }
        if (s.pendingCount > 0) {
            settlePending(month);
        }
        if (k.sales) {
            sellSurplus(month);
        }
    }

    /**
     * A litter of {@code mother} (index) in household {@code h}. Each young of the policy's sex adds
     * one to the mother's count of such offspring (up to the ordinal); it is earmarked when its
     * household's obligation is open and it is at least the ordinal-th.
     */
    private void giveBirth(int mother, int h, int d, int month) {
        final HerdState s = herd;
        double[] cumulative = plan.litterCumulative[d];
        double u = random.nextDouble();
        int litter = 1;
        while (litter < cumulative.length && u >= cumulative[litter - 1]) {
            litter++;
        }
        boolean open = s.obligation[h] == OPEN;
        for (int j = 0; j < litter; j++) {
            boolean female = random.nextDouble() < plan.femaleFraction[d];
            byte f = female ? FEMALE : 0;
            if (plan.requiredSex < 0 || (plan.requiredSex == 1) == female) {
                int borne = (s.flags[mother] & OFFSPRING_BITS) >>> OFFSPRING_SHIFT;
                if (borne < plan.ordinal) {
                    borne++;
                    s.flags[mother] = (byte) (s.flags[mother] + OFFSPRING_ONE);
                }
                if (open && borne >= plan.ordinal) {
                    f |= EARMARKED;
                }
            }
            int kid = s.addAnimal(0, h, d, f);
            s.births[d]++;
            if (trace != null) {
                trace.born(s, kid, mother, month);
            }
        }
    }

    /**
     * Removes animal {@code i}. The death of a received animal writes its household's obligation off
     * once none is left (certified write-off, as the ledger does) or is replaced at the month's end
     * (replacing policies); a sale or cull leaves the obligation as it is.
     */
    private void leave(int i, int h, byte f, boolean died) {
        final HerdState s = herd;
        s.removeAnimal(i);
        if ((f & RECEIVED) != 0) {
            s.receivedAlive[h]--;
            if (died && s.obligation[h] == OPEN) {
                if (plan.writeOff) {
                    if (s.receivedAlive[h] == 0) {
                        s.obligation[h] = WRITTEN_OFF;
                    }
                } else {
                    s.pend(h, false);
                }
            }
        }
    }

    /** The next household of the giver's group queue, created on first use; -1 when the queue is used up. */
    private int recipient(int h, int month) {
        final HerdState s = herd;
        if (s.recipient[h] < 0) {
            int g = s.groupOfHousehold[h];
            if (plan.waitingCap > 0 && s.groupNextSlot[g] >= plan.groupRoundOne[g] + plan.waitingCap) {
                return -1;
            }
            // may grow the arrays: assign after
            int created = s.newHousehold(g, plan.groupDistrict[g], s.round[h] + 1, month,
                    plan.passOn ? OPEN : HerdState.NO_OBLIGATION, plan.count);
            s.recipient[h] = created;
        }
        return s.recipient[h];
    }

    /** Hands animal {@code i} from household {@code h} to its recipient; nothing if the queue is used up. */
    private void handOver(int i, int h, int month) {
        final HerdState s = herd;
        int to = recipient(h, month);
        if (to < 0) {
            return;
        }
        s.herdSize[h]--;
        s.herdSize[to]++;
        s.household[i] = to;
        // the count of offspring borne stays with the animal
        s.flags[i] = (byte) ((s.flags[i] & (FEMALE | OFFSPRING_BITS)) | RECEIVED);
        s.receivedAlive[to]++;
        if (--s.owed[h] == 0) {
            s.obligation[h] = DONE;
        }
        if (trace != null) {
            trace.handedOver(s, i, h, to, month);
        }
    }

    /** Replacements of dead received animals, then mothers freed by their offspring (mother policies). */
    private void settlePending(int month) {
        final HerdState s = herd;
        boolean anyMother = false;
        for (int p = 0; p < s.pendingCount; p++) {
            int h = s.pendingHouseholds[p];
            if (s.obligation[h] != OPEN) {
                s.replacementsDue[h] = 0;
                s.mothersFreed[h] = 0;
                continue;
            }
            int d = s.districtOfHousehold[h];
            for (int r = 0; r < s.replacementsDue[h]; r++) {
                int replacement = s.addAnimal(plan.founderAge[d], h, d, (byte) (FEMALE | RECEIVED));
                s.receivedAlive[h]++;
                s.replacements[d]++;
                if (trace != null) {
                    trace.replaced(s, replacement, h, month);
                }
            }
            s.replacementsDue[h] = 0;
            anyMother |= s.mothersFreed[h] > 0;
        }
        if (anyMother) {
            for (int i = 0; i < s.animals; i++) {
                int h = s.household[i];
                if (s.mothersFreed[h] > 0 && (s.flags[i] & RECEIVED) != 0 && (s.flags[i] & FEMALE) != 0
                        && s.obligation[h] == OPEN && recipient(h, month) >= 0) {
                    s.mothersFreed[h]--;
                    s.receivedAlive[h]--;
                    handOver(i, h, month);
                }
            }
            for (int p = 0; p < s.pendingCount; p++) {
                s.mothersFreed[s.pendingHouseholds[p]] = 0;
            }
        }
        s.pendingCount = 0;
    }

    /** Sells the surplus above the herd cap: males first, never a received or earmarked animal. */
    private void sellSurplus(int month) {
        final HerdState s = herd;
        boolean any = false;
        for (int h = 0; h < s.households; h++) {
            int cap = plan.herdCap[s.districtOfHousehold[h]];
            if (cap > 0 && s.herdSize[h] > cap) {
                any = true;
                break;
            }
        }
        if (!any) {
            return;
        }
        for (int pass = 0; pass < 2; pass++) {
            int i = 0;
            while (i < s.animals) {
                int h = s.household[i];
                int d = s.district[i];
                int cap = plan.herdCap[d];
                byte f = s.flags[i];
                boolean sellable = (f & (RECEIVED | EARMARKED)) == 0 && (pass == 1 || (f & FEMALE) == 0);
                if (cap > 0 && s.herdSize[h] > cap && sellable) {
                    s.sold[d]++;
                    if (trace != null) {
                        trace.sold(s, i, month, TraceListener.SURPLUS);
                    }
                    s.removeAnimal(i);
                    continue;
                }
                i++;
            }
        }
    }
}
