package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ketnghia.core.error.KetnghiaException;

/**
 * A {@link Ledger} as one programme (<i>chương trình, kế hoạch</i>) records in it: every event recorded
 * through it names the programme ({@link EventEnvelope#programmeId()}), so that one province's ledger can
 * hold several programmes — a pilot and a follow-up that starts later with other communes — and report on
 * each apart. Commands are checked against the whole ledger's state, exactly as {@link Ledger#submit}
 * does: ids stay unique across programmes. Obtained from {@link Ledger#forProgramme}.
 *
 * <p>Thread-safe as the ledger is.
 */
public final class ProgrammeLedger {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private final Ledger ledger;
    private final String programmeId;

    ProgrammeLedger(Ledger ledger, String programmeId) {
        this.ledger = requireNonNull(ledger, "ledger");
        requireNonNull(programmeId, "programmeId");
        if (!ID.matcher(programmeId).matches()) {
            throw KetnghiaException.of(LedgerErrorCode.LEDGER_PROGRAMME_ID_INVALID, "programmeId", programmeId);
        }
        this.programmeId = programmeId;
    }

    /** The programme's id. */
    public String programmeId() {
        return programmeId;
    }

    /** The whole ledger, for reading. */
    public Ledger ledger() {
        return ledger;
    }

    /**
     * Records a command for the programme, as {@link Ledger#submit} does.
     *
     * @return the events recorded, each naming the programme
     * @throws KetnghiaException as {@link Ledger#submit}
     */
    public List<EventEnvelope> submit(Command command) {
        return ledger.submit(command, Optional.of(programmeId));
    }

    /**
     * Records several commands for the programme as one atomic batch, as {@link Ledger#submitAll} does.
     *
     * @return the events recorded, in command order, each naming the programme
     * @throws KetnghiaException as {@link Ledger#submitAll}
     */
    public List<EventEnvelope> submitAll(List<? extends Command> commands) {
        return ledger.submitAll(commands, Optional.of(programmeId));
    }
}
