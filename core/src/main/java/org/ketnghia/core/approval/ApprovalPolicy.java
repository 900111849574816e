package org.ketnghia.core.approval;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.Command;

/**
 * Which commands need a second person's approval (<i>quy chế phê duyệt bốn mắt</i>): at most one {@link
 * ApprovalRule} per command type. The host gives it to {@code KetnghiaRuntime.Builder#approvalPolicy}; the
 * default holds nothing.
 *
 * <p>The policy is configuration, not ledger data, because a threshold reads a typed field of a command
 * (an amount) that only code can name. It governs only what happens to a command submitted from now on:
 * a request records the rule's description and its expiry date, and replay never consults the policy, so
 * changing it never changes what a recorded ledger means. Every process writing to one ledger should use
 * the same policy.
 *
 * <p>Immutable and thread-safe.
 */
public final class ApprovalPolicy {

    private static final ApprovalPolicy NONE = new ApprovalPolicy(Map.of());

    private final Map<Class<? extends Command>, ApprovalRule<?>> rulesByType;

    private ApprovalPolicy(Map<Class<? extends Command>, ApprovalRule<?>> rulesByType) {
        this.rulesByType = rulesByType;
    }

    /** The policy that holds nothing back. */
    public static ApprovalPolicy none() {
        return NONE;
    }

    /**
     * A policy of the given rules.
     *
     * @throws org.ketnghia.core.error.KetnghiaException {@link ApprovalErrorCode#APPROVAL_POLICY_DUPLICATE_RULE}
     *     for every command type named by more than one rule
     */
    public static ApprovalPolicy of(List<? extends ApprovalRule<?>> rules) {
        requireNonNull(rules, "rules");
        Problems problems = new Problems();
        Map<Class<? extends Command>, ApprovalRule<?>> byType = new LinkedHashMap<>();
        for (ApprovalRule<?> rule : rules) {
            if (byType.putIfAbsent(requireNonNull(rule, "rule").commandType(), rule) != null) {
                problems.add(ApprovalErrorCode.APPROVAL_POLICY_DUPLICATE_RULE, "rules", rule.commandType().getName());
            }
        }
        problems.throwIfAny();
        return new ApprovalPolicy(java.util.Collections.unmodifiableMap(byType));
    }

    /** A policy of the given rules; see {@link #of(List)}. */
    public static ApprovalPolicy of(ApprovalRule<?>... rules) {
        return of(List.of(rules));
    }

    /** The rules, in the order given. */
    public List<ApprovalRule<?>> rules() {
        return List.copyOf(rulesByType.values());
    }

    /** The rule for commands of {@code commandType} (as its handler declares it), if any. */
    public Optional<ApprovalRule<?>> ruleFor(Class<?> commandType) {
        return Optional.ofNullable(rulesByType.get(requireNonNull(commandType, "commandType")));
    }
}
