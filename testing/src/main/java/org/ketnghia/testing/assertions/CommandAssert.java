package org.ketnghia.testing.assertions;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;

/**
 * Assertions on submitting a command to a ledger: accepted, or rejected with a code on a field — and, when
 * rejected, nothing appended. The command is submitted once, when the first assertion runs.
 */
public final class CommandAssert extends AbstractAssert<CommandAssert, Command> {

    private final Ledger ledger;
    private boolean submitted;
    private List<EventEnvelope> recorded = List.of();
    private KetnghiaException refusal;
    private long before;
    private Problem matched;

    CommandAssert(Ledger ledger, Command actual) {
        super(actual, CommandAssert.class);
        this.ledger = ledger;
    }

    private void submit() {
        if (!submitted) {
            submitted = true;
            before = ledger.lastSequence();
            try {
                recorded = ledger.submit(actual);
            } catch (KetnghiaException e) {
                refusal = e;
            }
        }
    }

    /** The ledger accepts it and appends at least one event. */
    public CommandAssert isAccepted() {
        submit();
        if (refusal != null) {
            failWithMessage("Expected %s to be accepted but it was refused: %s", actual.getClass().getSimpleName(),
                    refusal.getMessage());
        }
        return this;
    }

    /** The events it recorded (after {@link #isAccepted()}). */
    public List<EventEnvelope> recorded() {
        submit();
        return recorded;
    }

    /** The ledger refuses it with a problem of {@code code}, and appends nothing. */
    public CommandAssert isRejectedWith(ErrorCode code) {
        submit();
        if (refusal == null) {
            failWithMessage("Expected %s to be rejected with %s but it was accepted, recording %s",
                    actual.getClass().getSimpleName(), code.name(), recorded.stream().map(EventEnvelope::typeId).toList());
        }
        matched = refusal.problems().stream().filter(problem -> problem.code().equals(code)).findFirst().orElse(null);
        if (matched == null) {
            failWithMessage("Expected a problem %s but the refusal holds %s", code.name(),
                    refusal.problems().stream().map(problem -> problem.code().name() + " on " + problem.field()).toList());
        }
        if (ledger.lastSequence() != before) {
            failWithMessage("Expected nothing appended by the rejected command but the ledger went from %d to %d", before,
                    ledger.lastSequence());
        }
        return this;
    }

    /** The problem matched by {@link #isRejectedWith} names the field {@code path}, e.g. {@code "members[0].birthYear"}. */
    public CommandAssert onField(String path) {
        if (matched == null) {
            failWithMessage("onField(%s) needs isRejectedWith(code) first", path);
        }
        if (!matched.field().equals(path)) {
            failWithMessage("Expected %s on field %s but it is on %s (%s)", matched.code().name(), path, matched.field(),
                    matched.messageEn());
        }
        return this;
    }
}
