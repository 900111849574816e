package org.ketnghia.core.approval.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.approval.ApprovalPolicy;
import org.ketnghia.core.approval.ApprovalRequested;
import org.ketnghia.core.approval.ApprovalRule;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.ledger.SubmissionHold;

/**
 * Holds the commands an {@link ApprovalPolicy} names: a valid command its rule applies to is recorded as an
 * {@link ApprovalRequested} instead of its events. Thread-safe.
 */
public final class ApprovalHold implements SubmissionHold {

    /** The prefix of every request id; the rest is the sequence of the request's event. */
    public static final String REQUEST_ID_PREFIX = "approval-";

    private final ApprovalPolicy policy;
    private final Clock clock;
    private final Set<Class<? extends Command>> commandTypes;

    /** A hold applying {@code policy}, dating expiries from {@code clock}'s today. */
    public ApprovalHold(ApprovalPolicy policy, Clock clock) {
        this.policy = requireNonNull(policy, "policy");
        this.clock = requireNonNull(clock, "clock");
        Set<Class<? extends Command>> types = new LinkedHashSet<>();
        policy.rules().forEach(rule -> types.add(rule.commandType()));
        this.commandTypes = Set.copyOf(types);
    }

    @Override
    public Set<Class<? extends Command>> commandTypes() {
        return commandTypes;
    }

    @Override
    public Optional<EventDraft> hold(Command command, LedgerState state) {
        // only held command types get here, and a policy has a few rules
        for (ApprovalRule<?> rule : policy.rules()) {
            if (rule.commandType().isInstance(command) && rule.requiresApproval(command)) {
                LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
                return Optional.of(EventDraft.of(command, ApprovalRequested.builder()
                        .requestId(REQUEST_ID_PREFIX + (state.lastSequence() + 1)).command(command)
                        .expiresOn(today.plus(rule.expiry())).ruleVi(rule.description().vi()).ruleEn(rule.description().en())
                        .build()));
            }
        }
        return Optional.empty();
    }
}
