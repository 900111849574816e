package org.ketnghia.training.course.internal;

import java.util.List;
import java.util.Map;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.RecordScores;
import org.ketnghia.training.course.ScoreFacts;
import org.ketnghia.training.course.ScoreScale;
import org.ketnghia.training.course.ScoresRecorded;
import org.ketnghia.training.course.TrainingClass;
import org.ketnghia.training.course.TrainingRecords;

/** Handles {@link RecordScores}. */
final class RecordScoresHandler implements CommandHandler<RecordScores> {
    @Override
    public Class<RecordScores> commandType() {
        return RecordScores.class;
    }

    @Override
    public List<EventDraft> handle(RecordScores command, LedgerState state) {
        Problems problems = new Problems();
        TrainingClass trainingClass = TrainingHandlers.requireClass(state, command.classId(), command, problems);
        TrainingRecords records = state.projection(TrainingRecords.class);
        ScoreScale scale = trainingClass.scoreScale();
        problems.check(command.scores().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "scores");
        for (Map.Entry<String, Integer> entry : command.scores().entrySet()) {
            String field = "scores." + entry.getKey();
            TrainingHandlers.checkEnrolled(records, trainingClass.id(), entry.getKey(), field, problems);
            problems.check(!scale.contains(entry.getValue()), TrainingErrorCode.TRAINING_SCORE_OUT_OF_SCALE, field,
                    entry.getKey(), entry.getValue(), scale.min(), scale.max());
            problems.check(records.score(trainingClass.id(), command.test(), entry.getKey()).isPresent(),
                    TrainingErrorCode.TRAINING_SCORE_ALREADY_RECORDED, field, entry.getKey(), command.test());
        }
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ScoresRecorded.builder().from((ScoreFacts) command).build()));
    }
}
