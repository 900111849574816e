package org.ketnghia.core.ledger;

import java.util.Optional;
import java.util.Set;

/**
 * Holds back commands of some types from taking effect when they are submitted directly: the
 * maker-checker (<i>bốn mắt</i>, one person records, a second approves) of {@code
 * org.ketnghia.core.approval}. The {@link Ledger} asks it only for a command whose handler's type is
 * one of {@link #commandTypes()} — one map lookup, none at all when no type is held — and only after
 * the command passed its permission check and its handler's validation. What it returns is recorded
 * instead of the command's events.
 *
 * <p>Implementations must be thread-safe and side-effect free; {@link #hold} runs under the ledger's
 * write lock and must not call back into the ledger.
 */
public interface SubmissionHold {

    /** A hold that holds nothing: every command takes effect as submitted. */
    SubmissionHold NONE = new SubmissionHold() {
        @Override
        public Set<Class<? extends Command>> commandTypes() {
            return Set.of();
        }

        @Override
        public Optional<EventDraft> hold(Command command, LedgerState state) {
            return Optional.empty();
        }
    };

    /** The command types (as their handlers declare them) this hold may hold; read once. */
    Set<Class<? extends Command>> commandTypes();

    /**
     * The event to record instead of {@code command}'s own events (e.g. a request for approval, whose
     * sequence is {@code state.lastSequence() + 1}), or empty to let the command take effect now.
     *
     * @param command a valid command of one of {@link #commandTypes()}
     * @param state the state the command was validated against
     */
    Optional<EventDraft> hold(Command command, LedgerState state);
}
