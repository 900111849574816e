package org.ketnghia.training.course.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.TrainingClass;
import org.ketnghia.training.course.TrainingRecords;

/**
 * The command handlers of the training model. Each validates its command against the current
 * {@link TrainingRecords}, {@link org.ketnghia.training.course.OfficialRoster}, the core twinning
 * and funding projections and the {@link TopicCatalogue}, gathers every problem at once and throws
 * them with a {@code TRAINING_…} (or core) code; a refused command appends nothing. The command
 * types of the model are those of these handlers.
 *
 * <p>Stateless and thread-safe.
 */
public final class TrainingHandlers {

    private TrainingHandlers() {
    }

    /**
     * One handler per training command: topics are checked against {@code catalogue}, and a class
     * held for a commune pays its costs from the commune's fund for {@code fundPurpose} (the model's id).
     */
    public static List<CommandHandler<?>> all(TopicCatalogue catalogue, FundPurpose fundPurpose) {
        requireNonNull(catalogue, "catalogue");
        requireNonNull(fundPurpose, "fundPurpose");
        return List.of(new OpenClassHandler(catalogue), new EnrolOfficialsHandler(), new RecordAttendanceHandler(),
                new RecordScoresHandler(), new IssueCertificatesHandler(), new RecordClassCostHandler(fundPurpose),
                new ReassignOfficialHandler(), new RecordOfficialDepartureHandler(),
                new CorrectionHandlers.WithdrawEnrolmentHandler(), new CorrectionHandlers.RescheduleClassHandler(),
                new CorrectionHandlers.CancelClassHandler(), new CorrectionHandlers.CorrectScoreHandler());
    }

    /**
     * The class, checked to belong to the command's unit and not to be cancelled (a cancelled class records nothing
     * more); throws at once when unknown.
     */
    static TrainingClass requireClass(LedgerState state, String classId, Command command, Problems problems) {
        TrainingRecords records = state.projection(TrainingRecords.class);
        TrainingClass trainingClass = records.trainingClass(classId)
                .orElseThrow(() -> KetnghiaException.of(TrainingErrorCode.TRAINING_CLASS_UNKNOWN, "classId", classId));
        problems.check(!trainingClass.unitCode().equals(command.unitCode()), TrainingErrorCode.TRAINING_CLASS_OTHER_UNIT,
                "unitCode", classId, trainingClass.unitCode(), command.unitCode());
        records.cancelledOn(classId).ifPresent(cancelled -> problems.add(TrainingErrorCode.TRAINING_CLASS_CANCELLED,
                "classId", classId, cancelled));
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
