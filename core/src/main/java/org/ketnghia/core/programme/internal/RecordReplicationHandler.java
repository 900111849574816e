package org.ketnghia.core.programme.internal;

import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.programme.ModelReplicated;
import org.ketnghia.core.programme.ProgrammeErrorCode;
import org.ketnghia.core.programme.ProgrammeRegistry;
import org.ketnghia.core.programme.ProgrammeScope;
import org.ketnghia.core.programme.RecordReplication;
import org.ketnghia.core.programme.ReplicationFacts;

/** Validates {@link RecordReplication} and records {@link ModelReplicated}. */
public final class RecordReplicationHandler implements CommandHandler<RecordReplication> {

    @Override
    public Class<RecordReplication> commandType() {
        return RecordReplication.class;
    }

    @Override
    public List<EventDraft> handle(RecordReplication command, LedgerState state) {
        Problems problems = new Problems();
        if (!problems.check(command.replicationId().isBlank(), CoreErrorCode.VALUE_BLANK, "replicationId")) {
            problems.check(state.projection(ProgrammeRegistry.class).replication(command.replicationId()).isPresent(),
                    ProgrammeErrorCode.PROGRAMME_DUPLICATE_REPLICATION, "replicationId", command.replicationId());
        }
        problems.check(command.modelId().isBlank(), CoreErrorCode.VALUE_BLANK, "modelId");
        problems.check(command.households() < 0, ProgrammeErrorCode.PROGRAMME_NEGATIVE_COUNT, "households", command.households());
        problems.check(command.fundedBy().isBlank(), CoreErrorCode.VALUE_BLANK, "fundedBy");
        problems.check(command.descriptionVi().isBlank(), CoreErrorCode.VALUE_BLANK, "descriptionVi");
        command.learntFrom().ifPresent(from -> problems.check(from.isBlank(), CoreErrorCode.VALUE_BLANK, "learntFrom"));
        ProgrammeScope.of(state).ifPresent(scope -> scope.checkDistricts(problems, "unitCode", command.unitCode(), command.occurredOn()));
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ModelReplicated.builder().from((ReplicationFacts) command).build()));
    }
}
