package org.ketnghia.training.simulation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.simulation.internal.CoverageTrace;

/**
 * The training model's simulator: coverage of officials over time, month by month, for each
 * commune of a {@link CoverageScenario} (read from the {@code coverage} part of the model's {@link
 * TrainingPlan}).
 *
 * <p>Each month, in this order: every official leaves with probability {@code 1 − (1 −
 * annualTurnover)^(1/12)} and is replaced by an untrained newcomer; then the commune holds the
 * classes due that month ({@code classesPerYear} spread evenly); a class takes up to {@code
 * capacity} untrained officials, each of whom completes with {@code completionProbability}.
 *
 * <p>Recorded at the end of each programme year:
 * <ul>
 *   <li>{@code training.sim.coverage.<commune>} and {@code training.sim.coverage}: share trained;</li>
 *   <li>{@code training.sim.target-reached.<commune>}: 1 if the commune has reached the target at
 *       any month end so far, else 0 (its mean over replicates is the chance of having reached it);</li>
 *   <li>{@code training.sim.communes-at-target}: communes that have reached it so far;</li>
 *   <li>{@code training.sim.months-to-target.<commune>} (last year only): the month (1 = the
 *       first) at whose end the commune first reached the target, or {@code months + 1} if it did
 *       not within the horizon.</li>
 *   <li>{@code training.sim.classes}, {@code training.sim.enrolments} and {@code
 *       training.sim.completions}: classes held with at least one participant, seats taken and seats completed in the year.</li>
 * </ul>
 *
 * <p>In trace mode ({@link #simulateTrace}) the same draws are made in the same order and the same
 * values recorded; in addition the officials, their departures and replacements, the classes,
 * enrolments, attendance, test scores, certificates and class costs are submitted as commands, so
 * that the model's indicators built from the ledger agree with the recorded values: {@code
 * training.classes} with {@link #CLASSES}, {@code training.participants} with {@link #ENROLMENTS},
 * {@code training.completion-rate} with {@link #COMPLETIONS} / {@link #ENROLMENTS}, and {@code
 * training.coverage} at the end of a programme year with {@link #COVERAGE} (and per commune with
 * {@code training.sim.coverage.<commune>} while the commune exists). Every illustrative detail
 * (sex, birth year, ethnicity, scores, which sessions a non-completer missed) comes from a hash of
 * ids and names from the trace context's synthetic participants, never from the random stream:
 * <ul>
 *   <li>at the start, every official of a commune is registered as a core person with the role
 *       official, posted at the commune (commune level);</li>
 *   <li>a leaver's departure is recorded on the first day of the month, and an untrained newcomer
 *       registered in the post the same day;</li>
 *   <li>class {@code k} (0-based) of a month is decided on day {@code 2 + 5k} and held on the three
 *       following days, for the commune (the locality organises it), on a topic of the catalogue
 *       for commune officials; the simulated seat-takers are enrolled on the decision day, a
 *       completer attends every session, a non-completer 0–2 of the 3 (below the 80 % threshold);
 *       the pre-test is recorded for every participant on the first session day, the post-test and
 *       the certificate for each completer on the last;</li>
 *   <li>the class's cost (the plan's {@code costPerClass} of the commune's line or of a unit
 *       containing it) is recorded on the last day as an expenditure of the commune's fund for the
 *       model; when the fund cannot pay it (no money received for {@code training}) the ledger
 *       rejects it, nothing is appended and the trace goes on;</li>
 *   <li>a commune that has ceased to exist on a date (a merger) is replaced by its single successor
 *       ({@link TraceContext#unitInForce}), and each command is recorded by the context's actor for
 *       the commune in force ({@link TraceContext#actorFor}).</li>
 * </ul>
 * Commands of a month are submitted at the month's end in date order.
 *
 * <p>Immutable and thread-safe (per-replicate state is on the stack); deterministic for a given
 * random stream.
 */
public final class CoverageSimulator implements ModelSimulator {

    /** Share of trained officials, all communes. */
    public static final String COVERAGE = "training.sim.coverage";
    /** Prefix of the per-commune coverage. */
    public static final String COVERAGE_OF = "training.sim.coverage.";
    /** Prefix of the per-commune "target reached so far". */
    public static final String TARGET_REACHED_OF = "training.sim.target-reached.";
    /** Communes at target so far. */
    public static final String COMMUNES_AT_TARGET = "training.sim.communes-at-target";
    /** Prefix of the per-commune month the target was first reached. */
    public static final String MONTHS_TO_TARGET_OF = "training.sim.months-to-target.";

    /** Classes held in the programme year, all communes. */
    public static final String CLASSES = "training.sim.classes";
    /** Enrolments (seats taken) in the programme year, all communes. */
    public static final String ENROLMENTS = "training.sim.enrolments";
    /** Enrolments of the programme year that completed the class (certificates), all communes. */
    public static final String COMPLETIONS = "training.sim.completions";

    private static final String MODEL_ID = "training";

    private final TopicCatalogue catalogue;

    /**
     * A simulator for the model {@code training} whose traced classes take topics of {@code
     * catalogue} meant for commune officials.
     */
    public CoverageSimulator(TopicCatalogue catalogue) {
        this.catalogue = requireNonNull(catalogue, "catalogue");
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    /**
     * The scenario of the plan section, validated.
     *
     * @throws KetnghiaException if the section does not fit, lacks a coverage scenario, or breaks a rule
     */
    public static CoverageScenario scenarioOf(SimulationScenario scenario) {
        requireNonNull(scenario, "scenario");
        TrainingPlan plan = scenario.section().bind(TrainingPlan.class, KetnghiaJson.newObjectMapper());
        Problems problems = plan.validate(scenario.section().location(), new Problems());
        problems.check(plan.coverage().isEmpty(), CoreErrorCode.VALUE_REQUIRED, scenario.section().location() + ".coverage");
        problems.throwIfAny();
        return plan.coverage().orElseThrow();
    }

    @Override
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
        requireNonNull(scenario, "scenario");
        requireNonNull(random, "random");
        requireNonNull(recorder, "recorder");
        run(scenario, random, recorder, null);
    }

    /**
     * Runs one replicate in trace mode: draws exactly the random numbers of {@link
     * #simulateReplicate} in the same order and records the same values, and submits to {@code sink}
     * what the communes record for the simulated officials and classes (see the class description).
     * Everything it records with comes from {@code context}: the actor of each commune ({@link
     * TraceContext#actorFor}), the administrative units and a merged commune's successor ({@link
     * TraceContext#unitInForce}), and the officials' names ({@link TraceContext#participants()}).
     *
     * @throws KetnghiaException if the scenario breaks a rule, a commune is not in force and has no
     *     single successor on a date, the catalogue has no topic for commune officials ({@link
     *     org.ketnghia.training.catalogue.TrainingErrorCode#TRAINING_TRACE_NO_COMMUNE_TOPIC}), or the
     *     ledger rejects a command (other than a class cost the commune's fund cannot pay, which is
     *     skipped)
     */
    @Override
    public void simulateTrace(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            TraceContext context, CommandSink sink) {
        requireNonNull(scenario, "scenario");
        requireNonNull(random, "random");
        requireNonNull(recorder, "recorder");
        requireNonNull(context, "context");
        requireNonNull(sink, "sink");
        CoverageScenario coverage = scenarioOf(scenario);
        TrainingPlan plan = scenario.section().bind(TrainingPlan.class, KetnghiaJson.newObjectMapper());
        run(scenario, random, recorder, new CoverageTrace(context, catalogue, plan, coverage, scenario.start(), sink));
    }

    private void run(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            CoverageTrace trace) {
        CoverageScenario coverage = scenarioOf(scenario);
        SimulationClock clock = SimulationClock.of(scenario);
        List<CoverageScenario.CommuneOfficials> communes = coverage.communes();
        boolean[][] trained = new boolean[communes.size()][];
        int[] trainedCount = new int[communes.size()];
        int[] reachedMonth = new int[communes.size()];
        int totalOfficials = 0;
        for (int c = 0; c < communes.size(); c++) {
            trained[c] = new boolean[communes.get(c).officials()];
            totalOfficials += communes.get(c).officials();
        }
        if (trace != null) {
            trace.start();
        }
        long classesInYear = 0;
        long enrolmentsInYear = 0;
        long completionsInYear = 0;
        double monthlyLeave = 1 - Math.pow(1 - coverage.annualTurnover(), 1.0 / SimulationClock.MONTHS_PER_YEAR);
        List<Integer> leavers = new ArrayList<>();
        List<Integer> seated = new ArrayList<>();
        List<Boolean> completed = new ArrayList<>();
        for (int month = 0; month < clock.months(); month++) {
            int classesThisMonth = classesDue(coverage.classesPerYear(), month);
            LocalDate monthStart = clock.monthStart(month);
            for (int c = 0; c < communes.size(); c++) {
                boolean[] officials = trained[c];
                leavers.clear();
                for (int i = 0; i < officials.length; i++) {
                    boolean leaves = random.nextDouble() < monthlyLeave;
                    if (leaves) {
                        leavers.add(i);
                    }
                    if (leaves && officials[i]) {
                        officials[i] = false;
                        trainedCount[c]--;
                    }
                }
                if (trace != null && !leavers.isEmpty()) {
                    trace.turnover(c, monthStart, leavers);
                }
                for (int k = 0; k < classesThisMonth; k++) {
                    int seats = coverage.capacity();
                    seated.clear();
                    completed.clear();
                    for (int i = 0; i < officials.length && seats > 0; i++) {
                        if (!officials[i]) {
                            seats--;
                            boolean completes = random.nextDouble() < coverage.completionProbability();
                            seated.add(i);
                            completed.add(completes);
                            if (completes) {
                                officials[i] = true;
                                trainedCount[c]++;
                                completionsInYear++;
                            }
                        }
                    }
                    classesInYear += seated.isEmpty() ? 0 : 1;
                    enrolmentsInYear += seated.size();
                    if (trace != null) {
                        trace.trainingClass(c, monthStart, k, seated, completed);
                    }
                }
                if (reachedMonth[c] == 0 && trainedCount[c] >= coverage.coverageTarget() * officials.length) {
                    reachedMonth[c] = month + 1;
                }
            }
            if (trace != null) {
                trace.endOfMonth();
            }
            if (clock.isLastMonthOfYear(month)) {
                int year = clock.programmeYear(month);
                long allTrained = 0;
                int atTarget = 0;
                for (int c = 0; c < communes.size(); c++) {
                    String code = communes.get(c).unitCode();
                    allTrained += trainedCount[c];
                    recorder.record(COVERAGE_OF + code, year, (double) trainedCount[c] / trained[c].length);
                    recorder.record(TARGET_REACHED_OF + code, year, reachedMonth[c] > 0 ? 1 : 0);
                    atTarget += reachedMonth[c] > 0 ? 1 : 0;
                    if (year == clock.years()) {
                        recorder.record(MONTHS_TO_TARGET_OF + code, year,
                                reachedMonth[c] > 0 ? reachedMonth[c] : clock.months() + 1);
                    }
                }
                recorder.record(COVERAGE, year, (double) allTrained / totalOfficials);
                recorder.record(COMMUNES_AT_TARGET, year, atTarget);
                recorder.record(CLASSES, year, classesInYear);
                recorder.record(ENROLMENTS, year, enrolmentsInYear);
                recorder.record(COMPLETIONS, year, completionsInYear);
                classesInYear = 0;
                enrolmentsInYear = 0;
                completionsInYear = 0;
            }
        }
    }

    /** How many of {@code perYear} evenly spread classes fall in month {@code month} (0-based). */
    static int classesDue(int perYear, int month) {
        int inYear = month % SimulationClock.MONTHS_PER_YEAR;
        return (inYear + 1) * perYear / SimulationClock.MONTHS_PER_YEAR - inYear * perYear / SimulationClock.MONTHS_PER_YEAR;
    }
}
