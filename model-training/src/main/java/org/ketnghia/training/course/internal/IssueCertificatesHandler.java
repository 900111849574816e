package org.ketnghia.training.course.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.CertificateIssued;
import org.ketnghia.training.course.IssueCertificates;
import org.ketnghia.training.course.TrainingClass;
import org.ketnghia.training.course.TrainingRecords;

/** Handles {@link IssueCertificates}. */
final class IssueCertificatesHandler implements CommandHandler<IssueCertificates> {
    @Override
    public Class<IssueCertificates> commandType() {
        return IssueCertificates.class;
    }

    @Override
    public List<EventDraft> handle(IssueCertificates command, LedgerState state) {
        Problems problems = new Problems();
        TrainingClass trainingClass = TrainingHandlers.requireClass(state, command.classId(), command, problems);
        TrainingRecords records = state.projection(TrainingRecords.class);
        int sessions = trainingClass.sessionDays().size();
        problems.check(command.certificateNumbers().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "certificateNumbers");
        Set<String> numbers = new HashSet<>();
        List<EventDraft> drafts = new ArrayList<>();
        for (Map.Entry<String, String> entry : command.certificateNumbers().entrySet()) {
            String personId = entry.getKey();
            String number = entry.getValue();
            String field = "certificateNumbers." + personId;
            if (!TrainingHandlers.blank(number, field, problems)) {
                problems.check(records.isCertificateNumberUsed(number) || !numbers.add(number),
                        TrainingErrorCode.TRAINING_CERTIFICATE_NUMBER_IN_USE, field, number);
            }
            if (!records.isEnrolled(trainingClass.id(), personId)) {
                TrainingHandlers.checkEnrolled(records, trainingClass.id(), personId, field, problems);
                continue;
            }
            problems.check(records.certificate(trainingClass.id(), personId).isPresent(),
                    TrainingErrorCode.TRAINING_ALREADY_CERTIFIED, field, personId, trainingClass.id());
            int attended = records.sessionsAttended(trainingClass.id(), personId);
            problems.check(!trainingClass.completesWith(attended),
                    TrainingErrorCode.TRAINING_BELOW_COMPLETION_THRESHOLD, field, personId, attended, sessions,
                    trainingClass.completionThresholdPercent());
            drafts.add(EventDraft.of(command, CertificateIssued.builder().classId(trainingClass.id())
                    .personId(personId).certificateNumber(number).sessionsAttended(attended).sessions(sessions)
                    .build()));
        }
        problems.throwIfAny();
        return drafts;
    }
}
