package org.ketnghia.core.grievance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;

/**
 * The deadlines for complaints about a programme's public lists, in calendar days from the date received (<i>thời hạn
 * trả lời, giải quyết</i>). Set per programme in the ledger ({@link SetGrievanceRules}); {@link #DEFAULT} applies
 * when none is set. Immutable and thread-safe.
 *
 * @param daysToAnswer days to answer, 1–365
 * @param daysToClose days to close, {@code daysToAnswer}–365
 */
public record GrievanceRules(int daysToAnswer, int daysToClose) {

    /** The fewest days a deadline may give. */
    public static final int MIN_DAYS = 1;

    /** The most days a deadline may give. */
    public static final int MAX_DAYS = 365;

    /**
     * 10 days to answer (accept and reply) and 45 days to close: the Law on Complaints 2011 (art. 27–28) gives 10 days
     * to accept a complaint and 45 days to settle it in remote, especially difficult areas. <i>(check)</i>: a programme
     * sets its own with {@link SetGrievanceRules}.
     */
    public static final GrievanceRules DEFAULT = new GrievanceRules(10, 45);

    /**
     * Checks the days.
     *
     * @throws KetnghiaException with every problem of {@link #check}
     */
    public GrievanceRules {
        Problems problems = new Problems();
        check(problems, daysToAnswer, daysToClose);
        problems.throwIfAny();
    }

    /**
     * Adds the problems of the given days to {@code problems}: {@link CoreErrorCode#VALUE_OUT_OF_RANGE} outside
     * {@value #MIN_DAYS}–{@value #MAX_DAYS}, {@link GrievanceErrorCode#GRIEVANCE_DEADLINES_INVERTED} when the days to
     * close are fewer than the days to answer.
     *
     * @return whether the days are valid
     */
    public static boolean check(Problems problems, int daysToAnswer, int daysToClose) {
        requireNonNull(problems, "problems");
        boolean broken = problems.check(daysToAnswer < MIN_DAYS || daysToAnswer > MAX_DAYS, CoreErrorCode.VALUE_OUT_OF_RANGE,
                "daysToAnswer", daysToAnswer, MIN_DAYS, MAX_DAYS);
        broken |= problems.check(daysToClose < MIN_DAYS || daysToClose > MAX_DAYS, CoreErrorCode.VALUE_OUT_OF_RANGE,
                "daysToClose", daysToClose, MIN_DAYS, MAX_DAYS);
        broken |= problems.check(daysToClose < daysToAnswer, GrievanceErrorCode.GRIEVANCE_DEADLINES_INVERTED, "daysToClose",
                daysToAnswer, daysToClose);
        return !broken;
    }

    /** The last day to answer a complaint received on {@code receivedOn}. */
    public LocalDate answerDueOn(LocalDate receivedOn) {
        return requireNonNull(receivedOn, "receivedOn").plusDays(daysToAnswer);
    }

    /** The last day to close a complaint received on {@code receivedOn}. */
    public LocalDate closeDueOn(LocalDate receivedOn) {
        return requireNonNull(receivedOn, "receivedOn").plusDays(daysToClose);
    }
}
