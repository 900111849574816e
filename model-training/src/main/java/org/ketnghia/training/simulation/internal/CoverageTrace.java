package org.ketnghia.training.simulation.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.PersonRole;
import org.ketnghia.core.participant.RegisterPerson;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.catalogue.Topic;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.EnrolOfficials;
import org.ketnghia.training.course.IssueCertificates;
import org.ketnghia.training.course.OpenClass;
import org.ketnghia.training.course.RecordAttendance;
import org.ketnghia.training.course.RecordClassCost;
import org.ketnghia.training.course.RecordOfficialDeparture;
import org.ketnghia.training.course.RecordScores;
import org.ketnghia.training.course.ScoreTest;
import org.ketnghia.training.simulation.CoverageScenario;
import org.ketnghia.training.simulation.CoverageSimulator;
import org.ketnghia.training.simulation.TrainingPlan;

/**
 * Writes the commands of one traced replicate of the {@link CoverageSimulator}, as its javadoc
 * describes, with the actors, units and names of the {@link TraceContext}. Draws nothing from the
 * random stream. Not thread-safe: one per traced replicate.
 */
public final class CoverageTrace {

    private static final int SESSIONS = 3;
    private static final int DAYS_BETWEEN_CLASSES = 5;
    private static final List<String> POSITIONS = List.of("Công chức Văn phòng - Thống kê xã",
            "Công chức Tài chính - Kế toán xã", "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường xã",
            "Công chức Tư pháp - Hộ tịch xã", "Công chức Văn hóa - Xã hội xã", "Phó Chủ tịch UBND xã",
            "Chủ tịch UBND xã", "Phó Bí thư Đảng ủy xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã",
            "Bí thư Đoàn Thanh niên xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã");

    private final TraceContext context;
    private final List<Topic> topics;
    private final CoverageScenario coverage;
    private final LocalDate start;
    private final CommandSink sink;
    private final String[][] personIds;
    private final int[] serials;
    private final int[] classCounts;
    private final Money[] costPerClass;
    /** The commands of the month, submitted at its end in date order. */
    private final List<Command> month = new ArrayList<>();

    /**
     * A trace of one replicate of {@code coverage} starting on {@code start}, recording into {@code sink}.
     *
     * @throws KetnghiaException {@link TrainingErrorCode#TRAINING_TRACE_NO_COMMUNE_TOPIC} if {@code
     *     catalogue} has no topic for commune officials
     */
    public CoverageTrace(TraceContext context, TopicCatalogue catalogue, TrainingPlan plan, CoverageScenario coverage,
            LocalDate start, CommandSink sink) {
        this.context = requireNonNull(context, "context");
        this.topics = catalogue.all().stream().filter(topic -> topic.targetLevels().contains(OfficialLevel.COMMUNE))
                .toList();
        if (topics.isEmpty()) {
            throw KetnghiaException.of(TrainingErrorCode.TRAINING_TRACE_NO_COMMUNE_TOPIC, "catalogue");
        }
        this.coverage = requireNonNull(coverage, "coverage");
        this.start = requireNonNull(start, "start");
        this.sink = requireNonNull(sink, "sink");
        int communes = coverage.communes().size();
        this.personIds = new String[communes][];
        this.serials = new int[communes];
        this.classCounts = new int[communes];
        this.costPerClass = new Money[communes];
        for (int c = 0; c < communes; c++) {
            String code = coverage.communes().get(c).unitCode();
            personIds[c] = new String[coverage.communes().get(c).officials()];
            for (TrainingPlan.PlannedClasses line : plan.classes()) {
                if (line.costPerClass() != null && line.costPerClass().isPositive() && (line.unitCode().equals(code)
                        || context.units().isWithin(code, line.unitCode(), start))) {
                    costPerClass[c] = line.costPerClass();
                    break;
                }
            }
        }
    }

    /** Registers every commune's officials on the first day. */
    public void start() {
        for (int c = 0; c < personIds.length; c++) {
            for (int i = 0; i < personIds[c].length; i++) {
                personIds[c][i] = register(c, start);
            }
        }
        flush();
    }

    /** Officials {@code leavers} (indexes) of commune {@code c} leave on {@code date} and are replaced. */
    public void turnover(int c, LocalDate date, List<Integer> leavers) {
        String unit = communeOn(c, date);
        for (int i : leavers) {
            month.add(RecordOfficialDeparture.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(date)
                    .personId(personIds[c][i]).reason("Nghỉ việc, chuyển công tác (mô phỏng)").build());
            personIds[c][i] = register(c, date);
        }
    }

    /**
     * Class {@code k} of the month starting {@code monthStart} in commune {@code c}: the officials
     * {@code seated} (indexes), of whom those with {@code completed} true complete. An empty class
     * is not recorded.
     */
    public void trainingClass(int c, LocalDate monthStart, int k, List<Integer> seated, List<Boolean> completed) {
        if (seated.isEmpty()) {
            return;
        }
        CoverageScenario.CommuneOfficials commune = coverage.communes().get(c);
        LocalDate decided = monthStart.plusDays(1L + (long) DAYS_BETWEEN_CLASSES * k);
        List<LocalDate> days = new ArrayList<>();
        for (int s = 1; s <= SESSIONS; s++) {
            days.add(decided.plusDays(s));
        }
        String unit = communeOn(c, decided);
        String name = context.unitAsOf(unit, decided).map(AdministrativeUnit::name).orElse(unit);
        Actor actor = context.actorFor(unit);
        Topic topic = topics.get(classCounts[c] % topics.size());
        classCounts[c]++;
        String classId = context.id("LOP-" + commune.unitCode() + "-" + decided.getYear() + "-"
                + String.format("%02d", decided.getMonthValue()) + "-" + (k + 1));
        OpenClass.Builder open = OpenClass.builder().actor(actor).unitCode(unit).occurredOn(decided).classId(classId)
                .title("Lớp bồi dưỡng " + topic.name().vi() + " cho cán bộ xã " + name + " (mô phỏng)")
                .targetLevel(OfficialLevel.COMMUNE).addTopicIds(topic.id()).sessionDays(days)
                .venue("Hội trường UBND xã " + name).addTrainers("Giảng viên Trường Chính trị tỉnh (minh họa)")
                .capacity(coverage.capacity());
        if (costPerClass[c] != null) {
            open.plannedBudget(costPerClass[c]);
        }
        month.add(open.build());
        List<String> participants = new ArrayList<>();
        Map<String, Boolean> completes = new LinkedHashMap<>();
        for (int s = 0; s < seated.size(); s++) {
            String personId = personIds[c][seated.get(s)];
            participants.add(personId);
            completes.put(personId, completed.get(s));
        }
        month.add(EnrolOfficials.builder().actor(actor).unitCode(unit).occurredOn(decided).classId(classId)
                .personIds(participants).build());
        for (int s = 0; s < SESSIONS; s++) {
            Set<String> present = new LinkedHashSet<>();
            for (String personId : participants) {
                if (completes.get(personId) || s < Math.floorMod(hash(personId, classId), SESSIONS)) {
                    present.add(personId);
                }
            }
            month.add(RecordAttendance.builder().actor(actor).unitCode(unit).occurredOn(days.get(s)).classId(classId)
                    .presentPersonIds(present).build());
        }
        Map<String, Integer> pre = new LinkedHashMap<>();
        Map<String, Integer> post = new LinkedHashMap<>();
        Map<String, String> certificates = new LinkedHashMap<>();
        for (String personId : participants) {
            int draw = Math.floorMod(hash(personId, classId), 1_000_000);
            int preScore = 35 + draw % 30;
            pre.put(personId, preScore);
            if (completes.get(personId)) {
                post.put(personId, Math.min(100, preScore + 10 + (draw / 30) % 25));
                certificates.put(personId, "GCN-" + classId + "-" + String.format("%03d", certificates.size() + 1));
            }
        }
        LocalDate last = days.get(SESSIONS - 1);
        month.add(RecordScores.builder().actor(actor).unitCode(unit).occurredOn(days.get(0)).classId(classId)
                .test(ScoreTest.PRE).scores(pre).build());
        if (!certificates.isEmpty()) {
            month.add(RecordScores.builder().actor(actor).unitCode(unit).occurredOn(last).classId(classId)
                    .test(ScoreTest.POST).scores(post).build());
            month.add(IssueCertificates.builder().actor(actor).unitCode(unit).occurredOn(last).classId(classId)
                    .certificateNumbers(certificates).build());
        }
        if (costPerClass[c] != null) {
            month.add(RecordClassCost.builder().actor(actor).unitCode(unit).occurredOn(last).classId(classId)
                    .costId("CP-" + classId).description("Chi phí tổ chức " + open.build().title())
                    .amount(costPerClass[c]).documentReference("PC-" + classId + " (minh họa)").build());
        }
    }

    /** Submits the month's commands in date order (stable: same-day commands keep their order). */
    public void endOfMonth() {
        flush();
    }

    private void flush() {
        month.sort(Comparator.comparing(Command::occurredOn)); // stable: same-day commands keep their order
        List<Command> run = new ArrayList<>(); // the commands before the next class cost, recorded together
        for (Command command : month) {
            if (!(command instanceof RecordClassCost)) {
                run.add(command);
                continue;
            }
            sink.submitInOrder(run);
            run.clear();
            try {
                sink.submit(command);
            } catch (KetnghiaException e) {
                // the commune has not received enough for the model: the class was paid for
                // outside the commune funds the core tracks, so nothing is recorded here
                if (!e.has(FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE)) {
                    throw e;
                }
            }
        }
        sink.submitInOrder(run);
        month.clear();
    }

    private String register(int c, LocalDate date) {
        CoverageScenario.CommuneOfficials commune = coverage.communes().get(c);
        serials[c]++;
        String local = "CB-" + commune.unitCode() + "-" + String.format("%04d", serials[c]);
        String personId = context.id(local);
        int draw = Math.floorMod(local.hashCode(), 1_000_000); // drawn from the local id: a prefix changes no draw
        Sex sex = draw % 5 < 2 ? Sex.FEMALE : Sex.MALE;
        String fullName = context.participants().fullName(local, sex);
        Optional<String> ethnicity = (draw / 1_000) % 10 < 7 ? commune.ethnicity() : Optional.of("Kinh");
        String unit = communeOn(c, date);
        month.add(RegisterPerson.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(date)
                .personId(personId).fullName(fullName + " (minh họa)").sex(sex)
                .birthYear(date.getYear() - 25 - (draw / 10) % 30).ethnicity(ethnicity).addRoles(PersonRole.OFFICIAL)
                .position(POSITIONS.get((serials[c] - 1) % POSITIONS.size())).workUnitCode(unit).build());
        return personId;
    }

    /** The commune {@code c} on {@code date}: its code, or its single successor once it has ceased. */
    private String communeOn(int c, LocalDate date) {
        return context.unitInForce(coverage.communes().get(c).unitCode(), date);
    }

    /** A draw from the ids without the context's prefix: a prefix changes no draw. */
    private int hash(String personId, String classId) {
        int prefix = context.idPrefix().length();
        return personId.substring(prefix).hashCode() * 31 + classId.substring(prefix).hashCode();
    }
}
