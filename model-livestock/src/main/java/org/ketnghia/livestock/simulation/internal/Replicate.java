package org.ketnghia.livestock.simulation.internal;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.core.simulation.TraceContext;

/**
 * One replicate of the revolving scheme (<i>một lần lặp mô phỏng</i>): round 1 in month 0, then month
 * after month, with the yearly report at the end of each programme year. All its state is its own
 * ({@link HerdState}); run it once, on one thread.
 */
public final class Replicate {

    private static final CompiledPlan[] NO_PLANS = {};
    private static final ReplicateRecorder[] NO_RECORDERS = {};

    private final CompiledPlan plan;
    private final HerdState herd;
    private final Engine engine;
    private final TraceListener trace;
    private final ForecastPlan forecast; // null from founders
    /** Forecasts: per group, the next waiting household to serve. */
    private final int[] nextWaiting;

    private Replicate(CompiledPlan plan, SplittableRandom random, TraceListener trace, ForecastPlan forecast) {
        this.plan = plan;
        this.herd = HerdState.forThread(plan.districts, plan.groups, plan.horizon, trace != null);
        this.forecast = forecast;
        this.nextWaiting = new int[plan.groups];
        this.engine = new Engine(plan, herd, random, trace, forecast == null ? this::newRecipient : this::waitingRecipient);
        this.trace = trace;
    }

    /** A replicate of {@code plan} drawing from {@code random}. */
    public static Replicate of(CompiledPlan plan, SplittableRandom random) {
        return new Replicate(requireNonNull(plan, "plan"), requireNonNull(random, "random"), null, null);
    }

    /**
     * A replicate of a forecast: the herds and queues of {@code start} in its first month, then month after
     * month to the scenario's end with the same rules; yearly indicators for the programme years that end
     * after the start, with those of the groups and of the households followed ({@link YearlyReport}).
     */
    public static Replicate forecast(ForecastPlan start, SplittableRandom random) {
        requireNonNull(start, "start");
        return new Replicate(start.plan, requireNonNull(random, "random"), null, start);
    }

    /**
     * A replicate of {@code plan} drawing from {@code random} exactly as {@link #of} does, that also
     * records its commands into {@code sink} (see {@link CommandTrace}).
     */
    public static Replicate traced(CompiledPlan plan, SplittableRandom random, TraceContext context,
            CommandSink sink) {
        requireNonNull(plan, "plan");
        CommandTrace trace = new CommandTrace(plan, SimulationClock.of(plan.scenario), requireNonNull(context, "context"),
                requireNonNull(sink, "sink"));
        return new Replicate(plan, requireNonNull(random, "random"), trace, null);
    }

    /** Runs the replicate, recording each programme year's indicators into {@code recorder}. */
    public void run(ReplicateRecorder recorder) {
        requireNonNull(recorder, "recorder");
        if (forecast != null) {
            runForecast(recorder);
            return;
        }
        runFromFounders(recorder, NO_PLANS, NO_RECORDERS);
    }

    /**
     * Runs the replicate as {@link #run(ReplicateRecorder)} does, and at each programme year's end also records the
     * year's indicators as each of {@code pricedAlike} values the herd into the recorder at the same index of {@code
     * alsoInto}: what a replicate of that plan on the same stream records, when the plans differ from this one's in
     * nothing but the animals' prices (which drive no draw: only the herd value reads them). The caller checks that
     * they do. Not for a forecast or a trace.
     */
    public void run(ReplicateRecorder recorder, CompiledPlan[] pricedAlike, ReplicateRecorder[] alsoInto) {
        requireNonNull(recorder, "recorder");
        if (forecast != null || trace != null) {
            throw new IllegalStateException("only a Monte Carlo replicate from founders values its herd at other prices");
        }
        if (pricedAlike.length != alsoInto.length) {
            throw new IllegalArgumentException("one recorder per plan: " + pricedAlike.length + " plans, "
                    + alsoInto.length + " recorders");
        }
        runFromFounders(recorder, pricedAlike, alsoInto);
    }

    private void runFromFounders(ReplicateRecorder recorder, CompiledPlan[] pricedAlike, ReplicateRecorder[] alsoInto) {
        byte founder = (byte) (HerdState.FEMALE | HerdState.RECEIVED);
        byte obligation = plan.passOn ? HerdState.OPEN : HerdState.NO_OBLIGATION;
        for (int g = 0; g < plan.groups; g++) {
            int d = plan.groupDistrict[g];
            for (int j = 0; j < plan.groupRoundOne[g]; j++) {
                int household = herd.newHousehold(g, d, 1, 0, obligation, plan.count);
                for (int k = 0; k < plan.headPerHousehold[d]; k++) {
                    int animal = herd.addAnimal(-plan.founderAge[d], household, d, founder);
                    herd.receivedAlive[household]++;
                    engine.enter(animal, 0);
                }
            }
        }
        if (trace != null) {
            trace.start(herd);
        }
        int months = plan.horizon;
        for (int m = 0; m < months; m++) {
            engine.step(m);
            if (m % 12 == 11) {
                YearlyReport.report(plan, herd, recorder, m / 12 + 1, m);
                for (int v = 0; v < pricedAlike.length; v++) {
                    YearlyReport.report(pricedAlike[v], herd, requireNonNull(alsoInto[v], "recorder"), m / 12 + 1, m);
                }
                herd.clearFlows();
            }
        }
        if (trace != null) {
            trace.finish(herd);
        }
    }

    private void runForecast(ReplicateRecorder recorder) {
        ForecastPlan f = forecast;
        int first = f.start;
        for (int h = 0; h < f.households; h++) {
            int g = f.householdGroup[h];
            herd.newHousehold(g, plan.groupDistrict[g], f.round[h], f.receivedMonth[h], f.obligation[h], f.owed[h]);
        }
        for (int i = 0; i < f.animals; i++) {
            int h = f.animalHousehold[i];
            int d = herd.districtOfHousehold[h];
            int animal = herd.addAnimal(first - f.animalAge[i], h, d, f.animalFlags[i]);
            if ((f.animalFlags[i] & HerdState.RECEIVED) != 0) {
                herd.receivedAlive[h]++;
            }
            engine.enter(animal, first);
        }
        for (int m = first; m < plan.horizon; m++) {
            engine.step(m);
            if (m % 12 == 11) {
                YearlyReport.record(plan, herd, recorder, m / 12 + 1, m);
                YearlyReport.recordForecast(f, herd, recorder, m / 12 + 1, m);
            }
        }
    }

    /** The next household waiting in group {@code g}'s queue of a forecast, one round after the giver's; -1 once all are served. */
    private int waitingRecipient(int g, int giver, int month) {
        int[] queue = forecast.waiting[g];
        if (nextWaiting[g] >= queue.length) {
            return -1;
        }
        int h = queue[nextWaiting[g]++];
        herd.round[h] = herd.round[giver] + 1;
        herd.receivedMonth[h] = month;
        herd.obligation[h] = plan.passOn ? HerdState.OPEN : HerdState.NO_OBLIGATION;
        herd.owed[h] = plan.count;
        return h;
    }

    /** A new household at the end of group {@code g}'s queue, one round after the giver's; -1 past the waiting cap. */
    private int newRecipient(int g, int giver, int month) {
        if (plan.waitingCap > 0 && herd.groupNextSlot[g] >= plan.groupRoundOne[g] + plan.waitingCap) {
            return -1;
        }
        return herd.newHousehold(g, plan.groupDistrict[g], herd.round[giver] + 1, month,
                plan.passOn ? HerdState.OPEN : HerdState.NO_OBLIGATION, plan.count);
    }
}
