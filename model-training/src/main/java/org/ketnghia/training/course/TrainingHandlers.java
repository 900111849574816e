package org.ketnghia.training.course;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.catalogue.TrainingErrorCode;

/**
 * The command handlers of the training model. Each validates its command against the current
 * {@link TrainingRecords}, {@link OfficialRoster}, the core twinning and funding projections and
 * the {@link TopicCatalogue}, gathers every problem at once and throws them with a {@code
 * TRAINING_…} (or core) code; a refused command appends nothing.
 *
 * <p>Stateless and thread-safe.
 */
public final class TrainingHandlers {

    /** The fund purpose a class held for a commune is paid from: the training model's money. */
    public static final String MODEL_ID = "training";

    private TrainingHandlers() {
    }

    /** One handler per training command, checking topics against {@code catalogue}. */
    public static List<CommandHandler<?>> all(TopicCatalogue catalogue) {
        requireNonNull(catalogue, "catalogue");
        return List.of(new OpenClassHandler(catalogue), new EnrolOfficialsHandler(), new RecordAttendanceHandler(),
                new RecordScoresHandler(), new IssueCertificatesHandler(), new RecordClassCostHandler(),
                new ReassignOfficialHandler(), new RecordOfficialDepartureHandler());
    }

    /** The event and command types, in a stable order. */
    public static List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(ClassOpened.class, OfficialEnrolled.class, AttendanceRecorded.class, ScoresRecorded.class,
                CertificateIssued.class, ClassCostRecorded.class, OfficialReassigned.class, OfficialDeparted.class);
    }

    /** The command types, in a stable order. */
    public static List<Class<? extends Command>> commandTypes() {
        return List.of(OpenClass.class, EnrolOfficials.class, RecordAttendance.class, RecordScores.class,
                IssueCertificates.class, RecordClassCost.class, ReassignOfficial.class, RecordOfficialDeparture.class);
    }

    // ------------------------------------------------------------------ shared checks

    /** The class, checked to belong to the command's unit; throws at once when unknown. */
    static TrainingClass requireClass(LedgerState state, String classId, Command command, Problems problems) {
        TrainingClass trainingClass = state.projection(TrainingRecords.class).trainingClass(classId)
                .orElseThrow(() -> KetnghiaException.of(TrainingErrorCode.TRAINING_CLASS_UNKNOWN, "classId", classId));
        problems.check(!trainingClass.unitCode().equals(command.unitCode()), TrainingErrorCode.TRAINING_CLASS_OTHER_UNIT,
                "unitCode", classId, trainingClass.unitCode(), command.unitCode());
        return trainingClass;
    }

    static boolean blank(String value, String field, Problems problems) {
        return problems.check(value.isBlank(), CoreErrorCode.VALUE_BLANK, field);
    }

    static void checkEnrolled(TrainingRecords records, String classId, String personId, String field, Problems problems) {
        problems.check(!records.isEnrolled(classId, personId), TrainingErrorCode.TRAINING_NOT_ENROLLED, field,
                personId, classId);
    }
}
