package org.ketnghia.livestock.simulation.internal;

import static org.ketnghia.livestock.simulation.internal.HerdState.DONE;
import static org.ketnghia.livestock.simulation.internal.HerdState.EARMARKED;
import static org.ketnghia.livestock.simulation.internal.HerdState.FEMALE;
import static org.ketnghia.livestock.simulation.internal.HerdState.NONE;
import static org.ketnghia.livestock.simulation.internal.HerdState.OFFSPRING_BITS;
import static org.ketnghia.livestock.simulation.internal.HerdState.OFFSPRING_SHIFT;
import static org.ketnghia.livestock.simulation.internal.HerdState.OPEN;
import static org.ketnghia.livestock.simulation.internal.HerdState.RECEIVED;
import static org.ketnghia.livestock.simulation.internal.HerdState.WRITTEN_OFF;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ketnghia.livestock.passon.PassOnKind;

/**
 * The event-driven engine of a replicate (<i>bộ máy mô phỏng theo sự kiện</i>): what happens to each
 * animal is drawn once, when it enters the herd, from the compiled plan's tables by inverse CDF, and
 * put in a calendar of month buckets; each month only the animals something happens to are touched.
 * See the package {@code org.ketnghia.livestock.simulation} for the design and why it is exact.
 *
 * <p>The random draws and their order are the simulator's contract (a traced replicate equals its
 * Monte Carlo replicate): nothing here draws for the trace. Confined to the replicate's thread.
 */
final class Engine {

    /** An exit: death. */
    private static final int DEATH = 0;
    /** An exit: a male sold by offtake. */
    private static final int SALE = 1;
    /** An exit: culled at the cull age. */
    private static final int CULL = 2;
    /** Below this the no-birth product is no base for a quotient (fertility 1 every month): draw month by month. */
    private static final double TINY = 1e-290;

    private final CompiledPlan plan;
    private final HerdState herd;
    private final SplittableRandom random;
    private final TraceListener trace; // null on the fast path
    private final Queue queue;
    private final int horizon;
    private final EventCalendar handOvers;
    private final EventCalendar births;
    private final EventCalendar exits;
    private final CohortBirths cohort;
    private final SurplusSale sale;
    /** Trace mode's choice of the mothers of a cohort's parturitions: a stream apart from the replicate's. */
    private final SplittableRandom motherChoice;
    private int[] mothers = new int[16];
    /** The replacements of this month (and in trace mode its young), to enter at the next census. */
    /** The month's households with cohort young whose herd is not full ({@link #cohortBirths}), by their place in the draws. */
    private int[] notFull = new int[256];
    private int[] arrivals = new int[256];
    private int arrivalCount;
    /**
     * The Monte Carlo path's young of this month, in the order born, not yet in the arrays: per entry its
     * household and its young ({@link #youngOf}): one young of a female's own litter, or all those of a
     * household's cohort in the month, its females first. Those the month's surplus sale leaves are added at its
     * end, then enter.
     */
    private int[] youngHousehold = new int[256];
    private int[] youngEntry = new int[256];
    private int youngCount;
    /** Trace mode: the litter sizes, mothers and sexes of a cohort's young in a month. */
    private int[] litterSizes = new int[16];
    private int[] youngMothers = new int[16];
    private boolean[] youngFemale = new boolean[16];
    /** An entry of the young: its females in the low bits, its males from here, {@link #EARMARKED_YOUNG} above. */
    private static final int MALES_SHIFT = 15;
    private static final int COUNT_MASK = (1 << MALES_SHIFT) - 1;
    /** An entry of the young: earmarked (a single young, never sold). */
    private static final int EARMARKED_YOUNG = 1 << 30;

    Engine(CompiledPlan plan, HerdState herd, SplittableRandom random, TraceListener trace, Queue queue) {
        this.plan = plan;
        this.herd = herd;
        this.random = random;
        this.trace = trace;
        this.queue = queue;
        this.horizon = plan.horizon;
        EventCalendar[] calendars = EventCalendar.forThread(horizon);
        this.handOvers = calendars[0];
        this.births = calendars[1];
        this.exits = calendars[2];
        // the fourth calendar holds the joins of females reaching the age at first parturition (CohortBirths.pendJoin)
        this.cohort = new CohortBirths(plan, herd, random, calendars[3]);
        this.sale = new SurplusSale(plan, herd, trace, cohort);
        this.motherChoice = random.split();
    }

    /** Where a giver's recipient comes from: new households of the group (simulation) or a given queue (forecast). */
    interface Queue {
        /** The next household of group {@code g}'s queue to receive from {@code giver} in {@code month}; -1 if none. */
        int next(int g, int giver, int month);
    }

    // ------------------------------------------------------------------ entering: the draws

    /**
     * Animal {@code i} is in the herd at the census of {@code month}: draws its exit month, then, for a
     * female, its next parturition month, and schedules its hand-over if it is earmarked.
     */
    void enter(int i, int month) {
        if (month >= horizon) {
            return;
        }
        boolean female = (herd.flags(i) & FEMALE) != 0;
        scheduleExit(i, month, herd.district(i), month - herd.born(i), female);
        if (female) {
            if (cohort.joins(i, herd.household(i))) {
                scheduleJoin(i, month);
            } else {
                scheduleBirth(i, month);
            }
        }
        if ((herd.flags(i) & EARMARKED) != 0) {
            scheduleHandOver(i, month);
        }
    }

    /**
     * One uniform {@code u}: the exit month is the first month {@code m0 + k} whose end survival {@code
     * L(a0+k+1)·K(m0+k+1)} falls below {@code (1 − u)·L(a0)·K(m0)} (binary search; {@code L} the
     * cumulative survival by age, {@code K} the shock factor by calendar month); none before the cull
     * month: culled in it. A male's exit by hazard is a death or a sale by the hazards' ratio in that
     * month, decided by where the uniform falls within the exit month's probability (itself uniform):
     * exactly one draw per entry, whatever happens, so that scenarios differing in a later year share
     * their random numbers up to it.
     */
    private void scheduleExit(int i, int m0, int d, int a0, boolean female) {
        final CompiledPlan k = plan;
        int cull = k.cullAge[d];
        if (a0 >= cull) { // only a forecast's start: past the cull age, culled in its first month
            culledAtOnce(i, m0);
            return;
        }
        double[] survival = female ? k.survivalFemale[d] : k.survivalMale[d];
        double[] shock = k.shock[d];
        int cullMonth = m0 + (cull - 1 - a0);
        int last = Math.min(cullMonth, horizon - 1);
        double r = 1.0 - random.nextDouble();
        double threshold = r * survival[a0] * shock[m0];
        int span = last - m0;
        if (survival[a0 + span + 1] * shock[last + 1] >= threshold) {
            if (cullMonth < horizon) {
                herd.exitMonth(i, cullMonth);
                exits.add(cullMonth, i, herd.generation(i), CULL);
            } else {
                herd.exitMonth(i, Integer.MAX_VALUE);
            }
            return;
        }
        // the first k in [0, span] whose end survival is below: guessed by the cumulative hazard's inverse
        int[] newborn = female ? k.femaleNewbornExit[d] : k.maleNewbornExit[d];
        int low;
        if (a0 == 0 && newborn != null) {
            // no epidemic and age 0: the threshold is r itself, and a guide by r's bucket starts the walk
            low = newborn[Math.min((int) (r * CompiledPlan.EXIT_GUIDE), CompiledPlan.EXIT_GUIDE - 1)];
            low += survival[low + 1] >= threshold ? 1 : 0; // the usual single step, without a branch
            while (survival[low + 1] >= threshold) {
                low++;
            }
        } else {
            low = searchExit(survival, shock, d, m0, a0, r, threshold, span, female);
        }
        int exit = m0 + low;
        int kind = female ? DEATH : maleExit(survival, shock, d, a0 + low, exit, threshold);
        herd.exitMonth(i, exit);
        exits.add(exit, i, herd.generation(i), kind);
    }

    /** Past the cull age at a forecast's start: culled in its first month. */
    private void culledAtOnce(int i, int m0) {
        herd.exitMonth(i, m0);
        exits.add(m0, i, herd.generation(i), CULL);
    }

    /** The first {@code k} in {@code [0, span]} whose end survival is below: guessed by the cumulative hazard's inverse. */
    private int searchExit(double[] survival, double[] shock, int d, int m0, int a0, double r, double threshold, int span,
            boolean female) {
        CompiledPlan.ExitGuess guess = female ? plan.femaleExitGuess[d] : plan.maleExitGuess[d];
        return guess == null ? FirstBelow.searchProduct(survival, a0, shock, m0, threshold, 0, span)
                : FirstBelow.ofProduct(survival, a0, shock, m0, threshold,
                        Math.min(Math.max(guess.age(a0, r) - a0, 0), span), span);
    }

    /**
     * A male's exit at {@code age} in month {@code exit}: a death or an offtake sale by the hazards' ratio, decided by
     * where the uniform's threshold falls within the month's probability (a fresh uniform: no second draw).
     */
    private int maleExit(double[] survival, double[] shock, int d, int age, int exit, double threshold) {
        double offtake = plan.offtakeHazard[d][age];
        if (offtake > 0) {
            double before = survival[age] * shock[exit];
            double after = survival[age + 1] * shock[exit + 1];
            double residual = (before - threshold) / (before - after);
            double death = plan.deathHazard[d][age] + plan.epidemicHazard[exit / 12][d];
            if (residual * (death + offtake) >= death) {
                return SALE;
            }
        }
        return DEATH;
    }

    /**
     * One uniform {@code u}: the next parturition is in the first month {@code m ≥ s} ({@code s} the later
     * of {@code from} and the month the female reaches the age at first parturition) whose end no-birth
     * product {@code G(m+1)} falls below {@code (1 − u)·G(s)} (binary search); none if it falls after
     * the horizon or after the female's exit month (drawn even then: one draw per scheduling whatever the
     * exit, so that scenarios share their random numbers).
     */
    private void scheduleBirth(int i, int from) {
        int d = herd.district(i);
        int s = Math.max(from, herd.born(i) + plan.firstParturition[d]);
        if (s >= horizon) {
            return;
        }
        double[] noBirth = plan.noBirth[d];
        double base = noBirth[s];
        int month;
        if (base < TINY) {
            month = Integer.MAX_VALUE;
            for (int m = s; m < horizon; m++) {
                if (random.nextDouble() < plan.birthProbability[m / 12][d]) {
                    month = m;
                    break;
                }
            }
        } else {
            double r = 1.0 - random.nextDouble();
            double threshold = r * base;
            if (noBirth[horizon] >= threshold) {
                return;
            }
            // the first month in [s, horizon − 1] whose end no-birth product is below: guessed as geometric
            double months = plan.birthGuess[d][s / 12][Math.min((int) (r * CompiledPlan.BIRTH_GUIDE),
                    CompiledPlan.BIRTH_GUIDE - 1)];
            int guess = months < horizon - 1 - s ? s + (int) months : horizon - 1;
            month = FirstBelow.of(noBirth, threshold, s, guess, horizon - 1);
        }
        if (month <= herd.exitMonth(i) && month < horizon) {
            births.add(month, i, herd.generation(i), 0);
        }
    }

    /**
     * A female entering a closed household of a district of cohorts ({@link CohortBirths#joins}) joins its cohort
     * at the census at which she reaches the age at first parturition (at once if she is past it), if she is
     * alive then: no draw. From then on her parturitions are the cohort's — a trial each month with the month's
     * probability — which is the law her own would have (her first in the first month {@code m ≥ s} of
     * independent monthly trials, and so on). Her household stays closed, and she is never earmarked there.
     */
    private void scheduleJoin(int i, int from) {
        int month = Math.max(from, herd.born(i) + plan.firstParturition[herd.district(i)]);
        if (month < horizon && month <= herd.exitMonth(i)) {
            cohort.pendJoin(i, herd.household(i), month);
        }
    }

    /** An earmarked animal is handed over (or frees a mother) at the first census at which it is old enough and alive. */
    private void scheduleHandOver(int i, int from) {
        int month = Math.max(from, herd.born(i) + plan.minimumAge);
        if (month < horizon && month <= herd.exitMonth(i)) {
            handOvers.add(month, i, herd.generation(i), 0);
        }
    }

    // ------------------------------------------------------------------ a month

    /**
     * Month {@code month}: at its census the hand-overs due; during it the births of the females alive
     * at the census, then the exits (deaths, sales, culls); at its end the replacements of dead received
     * animals and the sales of the surplus above the herd cap.
     */
    void step(int month) {
        final HerdState s = herd;
        s.animalMonths += s.animals;
        cohort.atMonth(month);
        EventCalendar.Bucket due = handOvers.take(month);
        for (int e = 0; e < due.count; e++) {
            long entry = due.entries[e];
            int i = EventCalendar.slot(entry);
            if (s.current(i, EventCalendar.generation(entry)) && (s.flags(i) & EARMARKED) != 0) {
                handOverDue(i, month);
            }
        }
        cohort.joinPending(month); // before the month's cohort draw: this month is their first trial
        EventCalendar.Bucket born = births.take(month);
        int mothers = keepCurrent(born);
        for (int e = 0; e < mothers; e++) {
            int i = EventCalendar.slot(born.entries[e]);
            giveBirth(i, month);
            if (cohort.joins(i, s.household(i))) {
                cohort.join(i);
            } else {
                scheduleBirth(i, month + 1);
            }
        }
        if (trace != null) {
            cohortBirths(month);
            cohort.applyJoins();
            exits(month);
        } else {
            // the exits draw nothing, so the cohorts' draws after them are the same draws in the same order; their
            // females leaving wait until those draws are done, and the draws see which herds are full
            cohort.deferLeaving();
            exits(month);
            cohortBirths(month);
            cohort.applyLeaving();
            cohort.applyJoins();
        }
        if (s.pendingCount > 0) {
            replace(month);
        }
        if (s.checkCount > 0) {
            sale.sell(month);
        }
        if (youngCount > 0) {
            addYoungKept(month);
        }
        for (int a = 0; a < arrivalCount; a++) {
            int i = arrivals[a];
            if (s.alive(i)) { // not sold as surplus at the month's end
                enter(i, month + 1);
            }
        }
        arrivalCount = 0;
    }

    /** The month's exits: deaths, male offtake and culls. */
    private void exits(int month) {
        EventCalendar.Bucket leaving = exits.take(month);
        int leavers = keepCurrent(leaving);
        for (int e = 0; e < leavers; e++) {
            long entry = leaving.entries[e];
            exit(EventCalendar.slot(entry), EventCalendar.kind(entry), month);
        }
    }

    /**
     * Drops the stale entries of {@code bucket} (their slot freed since), keeping the order; the count left.
     * A tight first pass whose loads of the animals' slots are independent, so that the processor fetches
     * many at once before the work on each; valid for the month's births and exits, since neither phase
     * frees a slot another entry of the same bucket holds (the month's young enter at its end, an animal
     * has one exit entry). The month's bucket is read once.
     */
    private int keepCurrent(EventCalendar.Bucket bucket) {
        final HerdState s = herd;
        long[] entries = bucket.entries;
        int kept = 0;
        for (int e = 0; e < bucket.count; e++) {
            long entry = entries[e];
            entries[kept] = entry;
            kept += s.current(EventCalendar.slot(entry), EventCalendar.generation(entry)) ? 1 : 0;
        }
        return kept;
    }

    /**
     * A replacement (or, in trace mode, a young) joins the herd at the next census: its draws wait for the
     * month's end, so that a young sold at once as surplus costs none (slots freed by those sales are not
     * reused before). The Monte Carlo path's young wait as counts instead ({@link #bear}).
     */
    private void arrive(int i) {
        if (arrivalCount == arrivals.length) {
            arrivals = Arrays.copyOf(arrivals, arrivalCount * 2);
        }
        arrivals[arrivalCount++] = i;
    }

    /**
     * A young of the Monte Carlo path, born in household {@code h} with flags {@code f}: counted, but added
     * to the arrays only at the month's end if the surplus sale leaves it (most young of a household at its
     * cap are sold at once: no slot, no list links, no draw for them).
     */
    private void bear(int h, byte f) {
        boolean female = (f & FEMALE) != 0;
        boolean earmarked = (f & EARMARKED) != 0;
        addYoung(h, female ? 1 : 0, female ? 0 : 1, earmarked);
    }

    /** Young of household {@code h} born this month, in the order born: {@code females}, then {@code males}. */
    private void addYoung(int h, int females, int males, boolean earmarked) {
        final HerdState s = herd;
        if (youngCount == youngHousehold.length) {
            youngHousehold = Arrays.copyOf(youngHousehold, youngCount * 2);
            youngEntry = Arrays.copyOf(youngEntry, youngCount * 2);
        }
        youngHousehold[youngCount] = h;
        youngEntry[youngCount++] = females | (males << MALES_SHIFT) | (earmarked ? EARMARKED_YOUNG : 0);
        s.newborns[h] += females + males;
        if (!earmarked) {
            s.newbornSellableFemales[h] += females;
            s.newbornSellableMales[h] += males;
        }
    }

    /**
     * The month's end of the Monte Carlo path: adds the young the surplus sale left, in the order born, and
     * draws their schedules. A sale takes a household's last born first, so of its sellable young of each
     * sex the first {@code newbornSellable…} born stay.
     */
    private void addYoungKept(int month) {
        final HerdState s = herd;
        for (int y = 0; y < youngCount; y++) {
            int h = youngHousehold[y];
            int entry = youngEntry[y];
            int females = entry & COUNT_MASK;
            int males = (entry >>> MALES_SHIFT) & COUNT_MASK;
            s.newborns[h] -= females + males;
            byte earmark = 0;
            if ((entry & EARMARKED_YOUNG) != 0) {
                earmark = EARMARKED;
            } else {
                females = Math.min(females, s.newbornSellableFemales[h]);
                s.newbornSellableFemales[h] -= females;
                males = Math.min(males, s.newbornSellableMales[h]);
                s.newbornSellableMales[h] -= males;
            }
            int d = s.districtOfHousehold[h];
            int census = month + 1;
            if (census >= horizon) { // the last month's young: in the herd, nothing more to draw
                for (int f = 0; f < females; f++) {
                    s.addAnimal(census, h, d, (byte) (FEMALE | earmark));
                }
                for (int m = 0; m < males; m++) {
                    s.addAnimal(census, h, d, earmark);
                }
                continue;
            }
            // what enter draws for a young at its first census, its household's and district's facts read once
            boolean joins = females > 0 && earmark == 0 && cohort.joinsClosed(h);
            for (int f = 0; f < females; f++) {
                int i = s.addAnimal(census, h, d, (byte) (FEMALE | earmark));
                scheduleExit(i, census, d, 0, true);
                if (joins) {
                    scheduleJoin(i, census);
                } else {
                    scheduleBirth(i, census);
                }
                if (earmark != 0) {
                    scheduleHandOver(i, census);
                }
            }
            for (int m = 0; m < males; m++) {
                int i = s.addAnimal(census, h, d, earmark);
                scheduleExit(i, census, d, 0, false);
                if (earmark != 0) {
                    scheduleHandOver(i, census);
                }
            }
        }
        youngCount = 0;
    }

    /** An earmarked animal at its hand-over census. */
    private void handOverDue(int i, int month) {
        final HerdState s = herd;
        int h = s.household(i);
        if (s.obligation[h] != OPEN) {
            s.setFlags(i, (byte) (s.flags(i) & ~EARMARKED));
            sale.check(h);
        } else if (plan.kind == PassOnKind.OFFSPRING) {
            handOver(i, h, month);
        } else {
            s.setFlags(i, (byte) (s.flags(i) & ~EARMARKED));
            sale.check(h);
            // the freed mother: the first received female of the household's list (most recent entry first)
            for (int j = s.head[h]; j != NONE; j = s.next(j)) {
                if ((s.flags(j) & (RECEIVED | FEMALE)) == (RECEIVED | FEMALE)) {
                    if (recipient(h, month) >= 0) {
                        s.receivedAlive[h]--;
                        handOver(j, h, month);
                    }
                    break;
                }
            }
        }
    }

    /**
     * A litter of {@code mother} in household {@code h}: litter size, then each young's sex. Each young of
     * the policy's sex adds one to the mother's count of such offspring (up to the ordinal); it is
     * earmarked when its household's obligation is open and it is at least the ordinal-th. The young
     * enter the next census in class 0.
     */
    private void giveBirth(int mother, int month) {
        final HerdState s = herd;
        int h = s.household(mother);
        int d = s.district(mother);
        int litter = litterSize(d);
        // the sexes decide by arithmetic, not branches: they are coin flips no branch predictor guesses
        int open = s.obligation[h] == OPEN ? 1 : 0;
        int requiredSex = plan.requiredSex;
        int ordinal = plan.ordinal;
        double femaleFraction = plan.femaleFraction[d];
        byte motherFlags = s.flags(mother);
        int borne = (motherFlags & OFFSPRING_BITS) >>> OFFSPRING_SHIFT;
        // an even sex ratio: the litter's sexes are its bits of one draw
        boolean even = plan.evenSexes[d] && litter <= Long.SIZE;
        long sexes = even ? random.nextLong() : 0;
        for (int j = 0; j < litter; j++) {
            int female = even ? (int) (sexes >>> j) & 1 : random.nextDouble() < femaleFraction ? 1 : 0;
            int counted = requiredSex < 0 || requiredSex == female ? 1 : 0;
            borne = Math.min(borne + counted, ordinal);
            int earmarked = counted & open & (borne >= ordinal ? 1 : 0);
            byte f = (byte) (female * FEMALE | earmarked * EARMARKED);
            s.births[d]++;
            if (trace == null) {
                bear(h, f);
            } else {
                int kid = s.addAnimal(month + 1, h, d, f);
                trace.born(s, kid, mother, month);
                arrive(kid);
            }
        }
        s.setFemaleFlags(mother, (byte) ((motherFlags & ~OFFSPRING_BITS) | (borne << OFFSPRING_SHIFT)));
        sale.check(h);
    }

    /**
     * The young of the month of each household's cohort ({@link CohortBirths}): their number, from the compound
     * law of the cohort's litters, then how many are female; two uniforms a household and month, whatever the
     * litters. Its obligation is closed: no young is earmarked, and the mothers' counts of offspring no longer
     * matter (none of them will move or be owed). The young enter as a female's own do, in the order born, the
     * month's females first (they are exchangeable: which of them a later sale takes is the list's order, not
     * their draws). Trace mode, which must name each young's mother, breaks the total into litters and mothers
     * from its own stream ({@link #traceCohortYoung}).
     */
    private void cohortBirths(int month) {
        final HerdState s = herd;
        int found = cohort.drawYoung();
        int[] females = cohort.drawFemales(found);
        if (trace != null) {
            for (int j = 0; j < found; j++) {
                int c = cohort.withYoung(j);
                int h = cohort.household(c);
                int d = cohort.districtAt(c);
                s.births[d] += cohort.youngOf(j);
                traceCohortYoung(h, d, month, cohort.youngOf(j), females[j]);
                sale.check(h);
            }
            return;
        }
        // a herd full after the month's exits, with no male to sell before these young: the month-end sale takes
        // every one of them (and then what it would have taken without them), so they are counted born and sold
        if (notFull.length < found) {
            notFull = new int[Math.max(found, 2 * notFull.length)];
        }
        int[] others = notFull;
        int kept = 0;
        for (int j = 0; j < found; j++) {
            int c = cohort.withYoung(j);
            int h = cohort.household(c);
            int d = cohort.districtAt(c);
            int young = cohort.youngOf(j);
            boolean full = s.herdSize[h] >= plan.herdCap[d] & s.sellableMales[h] == 0;
            s.births[d] += young;
            s.sold[d] += full ? young : 0;
            others[kept] = j;
            kept += full ? 0 : 1;
        }
        for (int k = 0; k < kept; k++) {
            int j = others[k];
            int young = cohort.youngOf(j);
            int h = cohort.household(cohort.withYoung(j));
            addYoung(h, females[j], young - females[j], false);
            sale.sellNow(h, month);
        }
    }

    /**
     * Trace mode's young of household {@code h}'s cohort in {@code month}: {@code young} of them, {@code
     * females} female. Their litters ({@link CohortBirths#litters}), the litters' mothers (distinct, uniformly
     * among the cohort) and which young are the females (uniformly among them) come from the trace's own
     * stream; the young are added females first, as the Monte Carlo path adds them.
     */
    private void traceCohortYoung(int h, int d, int month, int young, int females) {
        final HerdState s = herd;
        if (litterSizes.length < young) {
            int length = Math.max(young, litterSizes.length * 2);
            litterSizes = new int[length];
            youngMothers = new int[length];
            youngFemale = new boolean[length];
        }
        if (mothers.length < young) {
            mothers = new int[Math.max(young, mothers.length * 2)];
        }
        int litters = cohort.litters(h, month, young, motherChoice, litterSizes);
        cohort.chooseMothers(h, litters, motherChoice, mothers);
        int at = 0;
        for (int b = 0; b < litters; b++) {
            for (int j = 0; j < litterSizes[b]; j++) {
                youngMothers[at++] = mothers[b];
            }
        }
        int femalesLeft = females;
        for (int y = 0; y < young; y++) { // selection sampling: which young are the females
            youngFemale[y] = motherChoice.nextInt(young - y) < femalesLeft;
            femalesLeft -= youngFemale[y] ? 1 : 0;
        }
        for (int female = 1; female >= 0; female--) {
            for (int y = 0; y < young; y++) {
                if (youngFemale[y] == (female == 1)) {
                    int kid = s.addAnimal(month + 1, h, d, female == 1 ? FEMALE : 0);
                    trace.born(s, kid, youngMothers[y], month);
                    arrive(kid);
                }
            }
        }
    }

    /** A litter's size in district {@code d}: one uniform, unless every litter is of one young. */
    private int litterSize(int d) {
        double[] cumulative = plan.litterCumulative[d];
        int litter = 1;
        if (cumulative.length > 1) {
            // the cumulative probabilities do not decrease: counting those at or below u is the inverse CDF
            double u = random.nextDouble();
            for (int k = 0; k < cumulative.length - 1; k++) {
                litter += u >= cumulative[k] ? 1 : 0;
            }
        }
        return litter;
    }

    private void exit(int i, int kind, int month) {
        final HerdState s = herd;
        int h = s.household(i);
        int d = s.district(i);
        if (kind == DEATH) {
            s.deaths[d]++;
            if (trace != null) {
                trace.died(s, i, month);
            }
        } else if (kind == SALE) {
            s.sold[d]++;
            if (trace != null) {
                trace.sold(s, i, month, TraceListener.MALE_OFFTAKE);
            }
        } else {
            s.culled[d]++;
            if (trace != null) {
                trace.sold(s, i, month, TraceListener.CULLED);
            }
        }
        leave(i, h, s.flags(i), kind == DEATH);
    }

    /**
     * Removes animal {@code i}. The death of a received animal writes its household's obligation off
     * once none is left (certified write-off, as the ledger does) or is replaced at the month's end
     * (replacing policies); a sale or cull leaves the obligation as it is.
     */
    private void leave(int i, int h, byte f, boolean died) {
        final HerdState s = herd;
        cohort.leaving(i);
        s.removeAnimal(i);
        if ((f & RECEIVED) != 0) {
            s.receivedAlive[h]--;
            if (died && s.obligation[h] == OPEN) {
                if (plan.writeOff) {
                    if (s.receivedAlive[h] == 0) {
                        s.obligation[h] = WRITTEN_OFF;
                    }
                } else {
                    s.pendReplacement(h);
                }
            }
        }
    }

    /** The giver's recipient, chosen from its group's queue on first use; -1 when the queue is used up. */
    private int recipient(int h, int month) {
        final HerdState s = herd;
        if (s.recipient[h] < 0) {
            int to = queue.next(s.groupOfHousehold[h], h, month);
            if (to < 0) {
                return -1;
            }
            s.recipient[h] = to;
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
        // the count of offspring borne stays with the animal
        s.move(i, to, (byte) ((s.flags(i) & (FEMALE | OFFSPRING_BITS)) | RECEIVED));
        s.receivedAlive[to]++;
        if (--s.owed[h] == 0) {
            s.obligation[h] = DONE;
        }
        sale.check(to);
        if (trace != null) {
            trace.handedOver(s, i, h, to, month);
        }
    }

    /** Replacements of dead received animals: females of the founder age, in the herd at the next census. */
    private void replace(int month) {
        final HerdState s = herd;
        for (int p = 0; p < s.pendingCount; p++) {
            int h = s.pendingHouseholds[p];
            int due = s.replacementsDue[h];
            s.replacementsDue[h] = 0;
            if (s.obligation[h] != OPEN) {
                continue;
            }
            int d = s.districtOfHousehold[h];
            for (int r = 0; r < due; r++) {
                int replacement = s.addAnimal(month + 1 - plan.founderAge[d], h, d, (byte) (FEMALE | RECEIVED));
                s.receivedAlive[h]++;
                s.replacements[d]++;
                if (trace != null) {
                    trace.replaced(s, replacement, h, month);
                }
                arrive(replacement);
            }
            sale.check(h);
        }
        s.pendingCount = 0;
    }
}
