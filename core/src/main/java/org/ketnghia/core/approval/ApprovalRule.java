package org.ketnghia.core.approval;

import static java.util.Objects.requireNonNull;

import java.time.Period;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.value.BilingualText;

/**
 * When a command of one type needs a second person's approval (<i>phê duyệt</i>): always, above an amount,
 * or when a condition holds; and for how long a request stays open before it expires ({@value
 * #DEFAULT_EXPIRY_DAYS} days unless said). Part of an {@link ApprovalPolicy}.
 *
 * <p>Immutable and thread-safe when the condition is.
 *
 * @param <C> the command type
 */
public final class ApprovalRule<C extends Command> {

    /** How many days a request stays open unless the rule says otherwise. */
    public static final int DEFAULT_EXPIRY_DAYS = 30;

    private final Class<C> commandType;
    private final Predicate<? super C> condition;
    private final BilingualText description;
    private final Period expiry;

    private ApprovalRule(Class<C> commandType, Predicate<? super C> condition, BilingualText description, Period expiry) {
        this.commandType = requireNonNull(commandType, "commandType");
        this.condition = requireNonNull(condition, "condition");
        this.description = requireNonNull(description, "description");
        this.expiry = requireNonNull(expiry, "expiry");
        if (ApproveRequest.class.isAssignableFrom(commandType) || RejectRequest.class.isAssignableFrom(commandType)) {
            throw KetnghiaException.of(ApprovalErrorCode.APPROVAL_POLICY_OWN_COMMAND, "commandType", commandType.getName());
        }
        if (expiry.isZero() || expiry.isNegative()) {
            throw KetnghiaException.of(ApprovalErrorCode.APPROVAL_POLICY_EXPIRY_INVALID, "expiry", expiry, commandType.getName());
        }
    }

    /**
     * Every command of {@code commandType} needs approval (e.g. {@code CorrectPovertyStatus}).
     *
     * @throws KetnghiaException {@link ApprovalErrorCode#APPROVAL_POLICY_OWN_COMMAND} for an approval's own command
     */
    public static <C extends Command> ApprovalRule<C> always(Class<C> commandType) {
        return new ApprovalRule<>(commandType, command -> true,
                BilingualText.of("Lệnh " + commandType.getSimpleName() + " luôn cần phê duyệt",
                        "Command " + commandType.getSimpleName() + " always needs approval"),
                Period.ofDays(DEFAULT_EXPIRY_DAYS));
    }

    /**
     * A command of {@code commandType} needs approval when its amount is strictly above {@code threshold}
     * (e.g. {@code RecordExpenditure} above 50 million đồng); at or below it takes effect directly.
     *
     * @throws KetnghiaException {@link ApprovalErrorCode#APPROVAL_POLICY_OWN_COMMAND} for an approval's own command
     */
    public static <C extends Command> ApprovalRule<C> above(Class<C> commandType, Function<? super C, Money> amountOf,
            Money threshold) {
        requireNonNull(amountOf, "amountOf");
        requireNonNull(threshold, "threshold");
        return new ApprovalRule<>(commandType, command -> amountOf.apply(command).isGreaterThan(threshold),
                BilingualText.of("Lệnh " + commandType.getSimpleName() + " trên " + threshold.toVietnamese() + " cần phê duyệt",
                        "Command " + commandType.getSimpleName() + " above " + threshold.toEnglish() + " needs approval"),
                Period.ofDays(DEFAULT_EXPIRY_DAYS));
    }

    /**
     * A command of {@code commandType} needs approval when {@code condition} holds for it; {@code
     * description} says when, for the officials who read the request.
     *
     * @throws KetnghiaException {@link ApprovalErrorCode#APPROVAL_POLICY_OWN_COMMAND} for an approval's own command
     */
    public static <C extends Command> ApprovalRule<C> when(Class<C> commandType, Predicate<? super C> condition,
            BilingualText description) {
        return new ApprovalRule<>(commandType, condition, description, Period.ofDays(DEFAULT_EXPIRY_DAYS));
    }

    /**
     * This rule with requests expiring {@code period} after the day they are recorded.
     *
     * @throws KetnghiaException {@link ApprovalErrorCode#APPROVAL_POLICY_EXPIRY_INVALID} if the period is not positive
     */
    public ApprovalRule<C> expiringAfter(Period period) {
        return new ApprovalRule<>(commandType, condition, description, period);
    }

    /** The command type, as its handler declares it. */
    public Class<C> commandType() {
        return commandType;
    }

    /** When the rule applies, in Vietnamese and English. */
    public BilingualText description() {
        return description;
    }

    /** How long a request stays open after the day it is recorded. */
    public Period expiry() {
        return expiry;
    }

    /** Whether {@code command}, of {@link #commandType()}, needs approval. */
    public boolean requiresApproval(Command command) {
        return condition.test(commandType.cast(requireNonNull(command, "command")));
    }

    @Override
    public String toString() {
        return "ApprovalRule[" + description.en() + ", expiry " + expiry + "]";
    }
}
