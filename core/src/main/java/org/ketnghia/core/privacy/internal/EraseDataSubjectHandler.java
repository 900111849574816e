package org.ketnghia.core.privacy.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.privacy.DataSubject;
import org.ketnghia.core.privacy.DataSubjectErased;
import org.ketnghia.core.privacy.EraseDataSubject;
import org.ketnghia.core.privacy.ErasureRequestReference;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;

/**
 * Checks an erasure request (a valid subject, a legal basis, who asked as an {@link ErasureRequestReference}) and
 * records it.
 */
public final class EraseDataSubjectHandler implements CommandHandler<EraseDataSubject> {

    @Override
    public Class<EraseDataSubject> commandType() {
        return EraseDataSubject.class;
    }

    @Override
    public List<EventDraft> handle(EraseDataSubject command, LedgerState state) {
        Problems problems = new Problems();
        try {
            DataSubject.parse(command.subject());
        } catch (KetnghiaException e) {
            problems.add(PrivacyErrorCode.PRIVACY_SUBJECT_INVALID, "subject", command.subject());
        }
        if (command.legalBasis().isBlank()) {
            problems.add(CoreErrorCode.VALUE_BLANK, "legalBasis");
        }
        // new commands only: an erasure recorded before the rule replays whatever its requestedBy
        problems.addAll(ErasureRequestReference.problemsOf(command.requestedBy()));
        problems.throwIfAny();
        return List.of(EventDraft.of(command, new DataSubjectErased(command.subject(), command.legalBasis(),
                command.requestedBy(), command.reason())));
    }

    /** The committees that hold the data, and the system; never a sponsor, the public or an auditor. */
    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE,
                ActorRole.COMMUNE_COMMITTEE);
    }
}
