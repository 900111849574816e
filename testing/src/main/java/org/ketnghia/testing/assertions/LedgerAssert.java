package org.ketnghia.testing.assertions;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.ketnghia.core.ledger.ChainVerification;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerEvent;

/** Assertions on a ledger (<i>sổ cái</i>): what was appended, and its hash chain. */
public final class LedgerAssert extends AbstractAssert<LedgerAssert, Ledger> {

    LedgerAssert(Ledger actual) {
        super(actual, LedgerAssert.class);
    }

    /** The hash chain verifies from the first event to the last. */
    public LedgerAssert hasChainIntact() {
        isNotNull();
        ChainVerification verification = actual.verifyChain();
        if (!verification.isIntact()) {
            ChainVerification.ChainBreak broken = verification.firstBreak().orElseThrow();
            failWithMessage("Expected the hash chain intact but it breaks at sequence %d (%s): %s", broken.sequence(),
                    broken.kind(), broken.detail());
        }
        return this;
    }

    /** The last sequence is {@code sequence}. */
    public LedgerAssert hasLastSequence(long sequence) {
        isNotNull();
        if (actual.lastSequence() != sequence) {
            failWithMessage("Expected the last sequence %d but it is %d", sequence, actual.lastSequence());
        }
        return this;
    }

    /** Nothing was appended after {@code sequence}. */
    public LedgerAssert hasAppendedNothingSince(long sequence) {
        List<EventEnvelope> appended = since(sequence);
        if (!appended.isEmpty()) {
            failWithMessage("Expected nothing appended after sequence %d but found %d events, the first %s", sequence,
                    appended.size(), appended.get(0).typeId());
        }
        return this;
    }

    /** Exactly {@code count} events of {@code type} were appended after {@code sequence}. */
    public LedgerAssert hasAppendedSince(long sequence, Class<? extends LedgerEvent> type, int count) {
        List<EventEnvelope> appended = since(sequence);
        long found = appended.stream().filter(event -> type.isInstance(event.payload())).count();
        if (found != count) {
            failWithMessage("Expected %d %s appended after sequence %d but found %d among %s", count, type.getSimpleName(),
                    sequence, found, appended.stream().map(EventEnvelope::typeId).toList());
        }
        return this;
    }

    private List<EventEnvelope> since(long sequence) {
        isNotNull();
        List<EventEnvelope> all = actual.store().readAll();
        return all.subList((int) Math.min(sequence, all.size()), all.size());
    }
}
