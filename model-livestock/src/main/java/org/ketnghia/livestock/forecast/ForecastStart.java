package org.ketnghia.livestock.forecast;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The state a forecast starts from (<i>hiện trạng làm điểm xuất phát dự báo</i>): the herds and the group
 * queues as recorded in a ledger up to a date, instead of round 1's founders. Built from a ledger by {@code
 * ForecastStarts} (or by hand in tests); the livestock simulator runs it forward month by month with the same
 * rules as a simulation from founders.
 *
 * @param monthsElapsed programme months already over at the start (the forecast's first month is month {@code
 *     monthsElapsed}, 0-based from the scenario's start date); yearly indicators are recorded for every
 *     programme year that ends after it
 * @param groups every livestock group of the plan's pilot communes, with its queue
 * @param animals every animal alive at the start
 */
public record ForecastStart(int monthsElapsed, List<GroupStart> groups, List<AnimalStart> animals) {

    /** Checks and copies. */
    public ForecastStart {
        if (monthsElapsed < 0) {
            throw new IllegalArgumentException("monthsElapsed must not be negative");
        }
        groups = List.copyOf(groups);
        animals = List.copyOf(animals);
    }

    /**
     * One household group (<i>tổ nhóm hộ</i>) and its queue.
     *
     * @param communeCode the pilot commune the group belongs to: the plan's group is found by it (a district
     *     without pilot communes has one group named by the district code)
     * @param groupId the group's id in the ledger (for the report)
     * @param households the queue in order: households that received (any round) first, then those waiting;
     *     pass-ons go to the waiting ones in this order and to nobody once they are all served
     */
    public record GroupStart(String communeCode, String groupId, List<HouseholdStart> households) {

        /** Checks and copies. */
        public GroupStart {
            requireNonNull(communeCode, "communeCode");
            requireNonNull(groupId, "groupId");
            households = List.copyOf(households);
        }
    }

    /**
     * A household of a group queue.
     *
     * @param householdId the household's id in the ledger
     * @param round the revolving round it received in (1 for founders), 0 while waiting
     * @param receivedMonth the programme month it received in (0-based), -1 while waiting
     * @param obligation its pass-on obligation (<i>nghĩa vụ chuyển giao</i>)
     * @param owed animals it still owes (0 unless {@code obligation} is {@link ObligationState#OPEN})
     */
    public record HouseholdStart(String householdId, int round, int receivedMonth, ObligationState obligation,
            int owed) {

        /** Checks. */
        public HouseholdStart {
            requireNonNull(householdId, "householdId");
            requireNonNull(obligation, "obligation");
            if (round < 0 || owed < 0 || receivedMonth < -1) {
                throw new IllegalArgumentException("round, owed must not be negative; receivedMonth ≥ -1");
            }
            if ((round == 0) != (receivedMonth == -1)) {
                throw new IllegalArgumentException("a waiting household has round 0 and receivedMonth -1, no other");
            }
        }

        /** Whether it is still waiting for its animals. */
        public boolean waiting() {
            return round == 0;
        }
    }

    /**
     * An animal alive at the start.
     *
     * @param earTag its ear tag (<i>số tai</i>)
     * @param householdId the household keeping it
     * @param female whether it is female
     * @param ageMonths its age in whole months at the start (class 0 = born during the month before)
     * @param received whether its household received it (round 1, a pass-on or a replacement)
     * @param earmarked whether it is owed to the next household once old enough (or frees a mother then)
     * @param offspringBorne offspring of the policy's sex it has borne, counted up to the policy's ordinal
     */
    public record AnimalStart(String earTag, String householdId, boolean female, int ageMonths, boolean received,
            boolean earmarked, int offspringBorne) {

        /** Checks. */
        public AnimalStart {
            requireNonNull(earTag, "earTag");
            requireNonNull(householdId, "householdId");
            if (ageMonths < 0 || offspringBorne < 0) {
                throw new IllegalArgumentException("ageMonths and offspringBorne must not be negative");
            }
        }
    }

    /** A household's pass-on obligation at the start. */
    public enum ObligationState {
        /** No obligation (pass-on off, or a household still waiting). */
        NONE,
        /** Owed, not yet fulfilled (<i>chưa hoàn thành</i>). */
        OPEN,
        /** Fulfilled (<i>đã hoàn thành</i>). */
        DONE,
        /** Written off after the certified death of its last received animal (<i>được miễn</i>). */
        WRITTEN_OFF
    }
}
