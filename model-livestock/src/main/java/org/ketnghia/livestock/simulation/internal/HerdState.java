package org.ketnghia.livestock.simulation.internal;

import java.util.Arrays;

/**
 * One replicate's herd and households on primitive arrays (<i>trạng thái đàn</i>): no object per
 * animal, no boxing. An animal lives in a stable slot from its entry to its exit; a freed slot goes to
 * a free list and its generation stamp moves on, so that events still in the calendar for its former
 * occupant are recognised as stale. Each household keeps the list of its animals (int {@code next} /
 * {@code prev} links, the most recent entry first). Households are never removed. The arrays grow by
 * doubling. Also the year's flows per district until the yearly report reads and clears them.
 * Confined to the thread running the replicate.
 */
final class HerdState {

    /** Flag: the animal is female. */
    static final byte FEMALE = 1;
    /** Flag: the household keeping it received it (round 1, a pass-on or a replacement). */
    static final byte RECEIVED = 2;
    /** Flag: owed to the next household once old enough (or, for mother policies, frees a mother then). */
    static final byte EARMARKED = 4;
    /**
     * Bits 3 to 7 of an animal's flags count the offspring of the policy's sex it has borne, up to the
     * policy's ordinal (the ordinal-th and later ones are earmarked).
     */
    static final int OFFSPRING_SHIFT = 3;
    /** One offspring in the count of bits 3 to 7. */
    static final int OFFSPRING_ONE = 1 << OFFSPRING_SHIFT;
    /** The flags of the count of offspring borne. */
    static final int OFFSPRING_BITS = 0xF8;
    /** The largest offspring ordinal the five bits count. */
    static final int MAX_ORDINAL = 31;

    /** A household's obligation: none (pass-on off, or still waiting). */
    static final byte NO_OBLIGATION = 0;
    /** A household's obligation: open. */
    static final byte OPEN = 1;
    /** A household's obligation: fulfilled. */
    static final byte DONE = 2;
    /** A household's obligation: written off after the certified death of its last received animal. */
    static final byte WRITTEN_OFF = 3;

    /** No link. */
    static final int NONE = -1;

    // ---- animals, by slot (stable while the animal lives)
    /** Animals alive. */
    int animals;
    /** Slots ever used: every live animal's slot is below it. */
    int slots;
    /** The census month at which the animal is (or was) of age 0: its age at census {@code m} is {@code m − born}. */
    int[] born = new int[1024];
    int[] household = new int[1024];
    int[] district = new int[1024];
    byte[] flags = new byte[1024];
    boolean[] alive = new boolean[1024];
    /** Moves on each time the slot is freed: calendar entries of a former occupant are stale. */
    int[] generation = new int[1024];
    /** The month the animal leaves (dies, is sold or culled during it); {@link Integer#MAX_VALUE} if after the horizon. */
    int[] exitMonth = new int[1024];
    /** Household list links. */
    int[] next = new int[1024];
    int[] prev = new int[1024];
    private int[] free = new int[64];
    private int freeCount;
    /** A stable id per animal (its ear tag {@code T<id>}), kept only in trace mode. */
    int[] animalId;
    private int nextAnimalId;

    // ---- households, by index (stable)
    int households;
    int[] districtOfHousehold = new int[256];
    int[] groupOfHousehold = new int[256];
    /** The household's place in its group's queue, 0 first. */
    int[] queueSlot = new int[256];
    /** The round it received in; 0 while it waits (forecasts). */
    int[] round = new int[256];
    int[] receivedMonth = new int[256];
    byte[] obligation = new byte[256];
    /** Animals still owed. */
    int[] owed = new int[256];
    /** Animals the household received that it still keeps. */
    int[] receivedAlive = new int[256];
    /** The next household it passes on to, once chosen; -1 before. */
    int[] recipient = new int[256];
    int[] herdSize = new int[256];
    /** The first animal of the household's list (the most recent entry); -1 when empty. */
    int[] head = new int[256];
    /** Males neither received nor earmarked in the household: those a surplus sale takes first. */
    int[] sellableMales = new int[256];
    /** Dead received animals to replace at the end of this month. */
    int[] replacementsDue = new int[256];
    /** Households whose herd may have to sell surplus at the end of this month. */
    boolean[] capCheck = new boolean[256];
    int[] pendingHouseholds = new int[64];
    int pendingCount;
    int[] checkHouseholds = new int[64];
    int checkCount;
    /** Per group, the next queue slot a new household takes. */
    final int[] groupNextSlot;

    // ---- this year's flows per district
    final long[] births;
    final long[] deaths;
    final long[] sold;
    final long[] culled;
    final long[] replacements;
    long animalMonths;

    HerdState(int districts, int groups, boolean withIds) {
        if (withIds) {
            animalId = new int[1024];
        }
        births = new long[districts];
        deaths = new long[districts];
        sold = new long[districts];
        culled = new long[districts];
        replacements = new long[districts];
        groupNextSlot = new int[groups];
    }

    /** A new household, next in group {@code g}'s queue, receiving in {@code month} (round 0: waiting). */
    int newHousehold(int g, int d, int inRound, int month, byte obligationState, int animalsOwed) {
        if (households == districtOfHousehold.length) {
            int size = households * 2;
            districtOfHousehold = Arrays.copyOf(districtOfHousehold, size);
            groupOfHousehold = Arrays.copyOf(groupOfHousehold, size);
            queueSlot = Arrays.copyOf(queueSlot, size);
            round = Arrays.copyOf(round, size);
            receivedMonth = Arrays.copyOf(receivedMonth, size);
            obligation = Arrays.copyOf(obligation, size);
            owed = Arrays.copyOf(owed, size);
            receivedAlive = Arrays.copyOf(receivedAlive, size);
            recipient = Arrays.copyOf(recipient, size);
            herdSize = Arrays.copyOf(herdSize, size);
            head = Arrays.copyOf(head, size);
            sellableMales = Arrays.copyOf(sellableMales, size);
            replacementsDue = Arrays.copyOf(replacementsDue, size);
            capCheck = Arrays.copyOf(capCheck, size);
        }
        int h = households++;
        districtOfHousehold[h] = d;
        groupOfHousehold[h] = g;
        queueSlot[h] = groupNextSlot[g]++;
        round[h] = inRound;
        receivedMonth[h] = month;
        obligation[h] = obligationState;
        owed[h] = animalsOwed;
        recipient[h] = NONE;
        head[h] = NONE;
        return h;
    }

    /**
     * Adds an animal of age 0 at census {@code bornAt} to household {@code h} of district {@code d};
     * its slot. In trace mode it gets the next ear tag.
     */
    int addAnimal(int bornAt, int h, int d, byte animalFlags) {
        int i;
        if (freeCount > 0) {
            i = free[--freeCount];
        } else {
            i = slots;
            if (i == born.length) {
                grow(i * 2);
            }
            slots = i + 1;
        }
        born[i] = bornAt;
        household[i] = h;
        district[i] = d;
        flags[i] = animalFlags;
        alive[i] = true;
        exitMonth[i] = Integer.MAX_VALUE;
        if (animalId != null) {
            animalId[i] = nextAnimalId++;
        }
        link(i, h);
        animals++;
        return i;
    }

    private void grow(int size) {
        born = Arrays.copyOf(born, size);
        household = Arrays.copyOf(household, size);
        district = Arrays.copyOf(district, size);
        flags = Arrays.copyOf(flags, size);
        alive = Arrays.copyOf(alive, size);
        generation = Arrays.copyOf(generation, size);
        exitMonth = Arrays.copyOf(exitMonth, size);
        next = Arrays.copyOf(next, size);
        prev = Arrays.copyOf(prev, size);
        if (animalId != null) {
            animalId = Arrays.copyOf(animalId, size);
        }
    }

    /** Removes animal {@code i}: frees its slot and makes its calendar entries stale. */
    void removeAnimal(int i) {
        unlink(i);
        alive[i] = false;
        generation[i]++;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = i;
        animals--;
    }

    /** Moves animal {@code i} to household {@code to}, with {@code newFlags}. */
    void move(int i, int to, byte newFlags) {
        unlink(i);
        household[i] = to;
        flags[i] = newFlags;
        link(i, to);
    }

    /** Sets animal {@code i}'s flags. */
    void setFlags(int i, byte newFlags) {
        int h = household[i];
        sellableMales[h] += (sellableMale(newFlags) ? 1 : 0) - (sellableMale(flags[i]) ? 1 : 0);
        flags[i] = newFlags;
    }

    /** Whether an animal with {@code f} is a male a surplus sale may take. */
    static boolean sellableMale(byte f) {
        return (f & (FEMALE | RECEIVED | EARMARKED)) == 0;
    }

    private void link(int i, int h) {
        int first = head[h];
        next[i] = first;
        prev[i] = NONE;
        if (first != NONE) {
            prev[first] = i;
        }
        head[h] = i;
        herdSize[h]++;
        if (sellableMale(flags[i])) {
            sellableMales[h]++;
        }
    }

    private void unlink(int i) {
        int h = household[i];
        int before = prev[i];
        int after = next[i];
        if (before == NONE) {
            head[h] = after;
        } else {
            next[before] = after;
        }
        if (after != NONE) {
            prev[after] = before;
        }
        herdSize[h]--;
        if (sellableMale(flags[i])) {
            sellableMales[h]--;
        }
    }

    /** Age in months of animal {@code i} at the census of month {@code month}. */
    int age(int i, int month) {
        return month - born[i];
    }

    /** Notes that household {@code h} has a dead received animal to replace this month. */
    void pendReplacement(int h) {
        if (replacementsDue[h]++ == 0) {
            if (pendingCount == pendingHouseholds.length) {
                pendingHouseholds = Arrays.copyOf(pendingHouseholds, pendingCount * 2);
            }
            pendingHouseholds[pendingCount++] = h;
        }
    }

    /** Notes that household {@code h}'s herd may be above its cap at the end of this month. */
    void markCapCheck(int h) {
        if (!capCheck[h]) {
            capCheck[h] = true;
            if (checkCount == checkHouseholds.length) {
                checkHouseholds = Arrays.copyOf(checkHouseholds, checkCount * 2);
            }
            checkHouseholds[checkCount++] = h;
        }
    }

    /** Whether animal {@code i} is female. */
    boolean female(int i) {
        return (flags[i] & FEMALE) != 0;
    }

    /** Whether the household keeping animal {@code i} received it. */
    boolean received(int i) {
        return (flags[i] & RECEIVED) != 0;
    }

    /** Clears the year's flows after the yearly report. */
    void clearFlows() {
        Arrays.fill(births, 0);
        Arrays.fill(deaths, 0);
        Arrays.fill(sold, 0);
        Arrays.fill(culled, 0);
        Arrays.fill(replacements, 0);
        animalMonths = 0;
    }
}
