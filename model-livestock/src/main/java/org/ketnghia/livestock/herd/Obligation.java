package org.ketnghia.livestock.herd;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A household's pass-on obligation (<i>nghĩa vụ quay vòng</i>): opened when it first receives animals,
 * due {@code dueOn}, requiring {@code required} animals. Immutable.
 *
 * @param obligationId the id, {@code groupId + ":" + householdId}
 * @param groupId the group
 * @param householdId the household that owes
 * @param round the round in which it received
 * @param receivedOn when it received
 * @param dueOn when the pass-on is due
 * @param required how many animals it must pass on
 * @param passedOn how many it passed on so far
 * @param cashPaid whether it paid cash instead
 * @param waivedBy the waiver decision, if waived
 * @param writtenOff whether it was written off after certified deaths
 */
public record Obligation(String obligationId, String groupId, String householdId, int round, LocalDate receivedOn,
        LocalDate dueOn, int required, int passedOn, boolean cashPaid, Optional<String> waivedBy, boolean writtenOff) {

    /** Checks that no part is missing. */
    public Obligation {
        requireNonNull(obligationId, "obligationId");
        requireNonNull(dueOn, "dueOn");
        requireNonNull(waivedBy, "waivedBy");
    }

    /** The id of the obligation of {@code householdId} in {@code groupId}. */
    public static String idOf(String groupId, String householdId) {
        return groupId + ":" + householdId;
    }

    /** The status on {@code date}. */
    public ObligationStatus statusOn(LocalDate date) {
        if (passedOn >= required || cashPaid) {
            return ObligationStatus.FULFILLED;
        }
        if (waivedBy.isPresent()) {
            return ObligationStatus.WAIVED;
        }
        if (writtenOff) {
            return ObligationStatus.WRITTEN_OFF;
        }
        return date.isAfter(dueOn) ? ObligationStatus.OVERDUE : ObligationStatus.DUE;
    }

    /** How many animals are still owed. */
    public int remaining() {
        return Math.max(0, required - passedOn);
    }

    Obligation passed(int count) {
        return new Obligation(obligationId, groupId, householdId, round, receivedOn, dueOn, required, passedOn + count,
                cashPaid, waivedBy, writtenOff);
    }

    Obligation paid() {
        return new Obligation(obligationId, groupId, householdId, round, receivedOn, dueOn, required, passedOn, true,
                waivedBy, writtenOff);
    }

    Obligation waived(String decision) {
        return new Obligation(obligationId, groupId, householdId, round, receivedOn, dueOn, required, passedOn, cashPaid,
                Optional.of(decision), writtenOff);
    }

    Obligation writeOffReversed() {
        return new Obligation(obligationId, groupId, householdId, round, receivedOn, dueOn, required, passedOn, cashPaid,
                waivedBy, false);
    }

    Obligation writeOff() {
        return new Obligation(obligationId, groupId, householdId, round, receivedOn, dueOn, required, passedOn, cashPaid,
                waivedBy, true);
    }
}
