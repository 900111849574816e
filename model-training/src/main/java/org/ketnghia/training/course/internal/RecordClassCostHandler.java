package org.ketnghia.training.course.internal;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.CommuneFunds;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.ProgrammeScope;
import org.ketnghia.core.programme.SpendingNorm;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.catalogue.TrainingNorms;
import org.ketnghia.training.course.ClassCostFacts;
import org.ketnghia.training.course.ClassCostRecorded;
import org.ketnghia.training.course.RecordClassCost;
import org.ketnghia.training.course.TrainingClass;
import org.ketnghia.training.course.TrainingRecords;

/**
 * Records a class's cost. For a class held for a commune the cost is an expenditure of that
 * commune's fund for the model's purpose, checked and appended atomically
 * through {@link CommuneFunds}. For a class held for a district or the province the cost is
 * recorded as it is, <b>without</b> the commune fund check: district and provincial budgets are
 * not managed through the core's commune funds. When the ledger declares a programme with a per-class norm for
 * the class's level, costs above it need a justification.
 */
final class RecordClassCostHandler implements CommandHandler<RecordClassCost> {
    private final FundPurpose fundPurpose;

    RecordClassCostHandler(FundPurpose fundPurpose) {
        this.fundPurpose = fundPurpose;
    }

    @Override
    public Class<RecordClassCost> commandType() {
        return RecordClassCost.class;
    }

    @Override
    public List<EventDraft> handle(RecordClassCost command, LedgerState state) {
        Problems problems = new Problems();
        TrainingClass trainingClass = TrainingHandlers.requireClass(state, command.classId(), command, problems);
        TrainingRecords records = state.projection(TrainingRecords.class);
        if (!TrainingHandlers.blank(command.costId(), "costId", problems)) {
            problems.check(records.isCostIdUsed(command.costId()), TrainingErrorCode.TRAINING_COST_ID_IN_USE,
                    "costId", command.costId());
        }
        TrainingHandlers.blank(command.description(), "description", problems);
        TrainingHandlers.blank(command.documentReference(), "documentReference", problems);
        boolean commune = state.administrativeUnits().unitAsOf(trainingClass.unitCode(), command.occurredOn())
                .map(unit -> AdminLevel.COMMUNE.equals(unit.levelId())).orElse(false);
        command.aboveNormJustification().ifPresent(reason -> TrainingHandlers.blank(reason, "aboveNormJustification",
                problems));
        if (command.amount().isPositive()) {
            checkNorm(command, trainingClass, records, state, problems);
        }
        ExpenditureRecorded expenditure = null;
        if (!command.amount().isPositive()) {
            problems.add(TrainingErrorCode.TRAINING_AMOUNT_NOT_POSITIVE, "amount", command.amount());
        } else if (commune && !command.costId().isBlank() && !command.description().isBlank()
                && !command.documentReference().isBlank()) {
            expenditure = CommuneFunds.expenditure(command.costId(), trainingClass.unitCode(),
                    fundPurpose, command.description(), command.amount(), command.documentReference());
            problems.addAll(CommuneFunds.checkExpenditures(state, command.occurredOn(), List.of(expenditure)));
        }
        problems.throwIfAny();
        ClassCostRecorded cost = ClassCostRecorded.builder().from((ClassCostFacts) command)
                .fromCommuneFund(expenditure != null).build();
        return expenditure == null ? List.of(EventDraft.of(command, cost))
                : List.of(EventDraft.of(command, cost), CommuneFunds.draft(expenditure, command.occurredOn()));
    }

    /**
     * The class's costs, this one included, within the programme's per-class norm for the level of officials it
     * trains ({@link TrainingNorms#classCostKeys}), unless the command justifies going beyond it; no programme or no
     * such norm, no check.
     */
    private static void checkNorm(RecordClassCost command, TrainingClass trainingClass, TrainingRecords records,
            LedgerState state, Problems problems) {
        Optional<SpendingNorm> norm = ProgrammeScope.of(state).flatMap(scope -> TrainingNorms
                .classCostKeys(trainingClass.targetLevel()).stream()
                .flatMap(key -> scope.norm(key, trainingClass.unitCode(), command.occurredOn()).stream()).findFirst());
        if (norm.isEmpty() || command.aboveNormJustification().isPresent()) {
            return;
        }
        Money total = records.totalCost(trainingClass.id()).plus(command.amount());
        problems.check(total.isGreaterThan(norm.get().amount()), TrainingErrorCode.TRAINING_COST_ABOVE_NORM,
                "aboveNormJustification", trainingClass.id(), total, norm.get().amount(), norm.get().unit(),
                norm.get().key(), norm.get().legalBasis());
    }
}
