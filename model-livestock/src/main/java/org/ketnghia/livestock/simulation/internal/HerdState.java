package org.ketnghia.livestock.simulation.internal;

import java.util.Arrays;

/**
 * One replicate's herd and households on primitive arrays (<i>trạng thái đàn</i>): no object per
 * animal, no boxing. Animals are removed by moving the last one into the hole, so an animal's index
 * is not stable; households are never removed. The arrays grow by doubling. Also the year's flows per
 * district until the yearly report reads and clears them. Confined to the thread running the
 * replicate.
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

    /** A household's obligation: none (pass-on off). */
    static final byte NO_OBLIGATION = 0;
    /** A household's obligation: open. */
    static final byte OPEN = 1;
    /** A household's obligation: fulfilled. */
    static final byte DONE = 2;
    /** A household's obligation: written off after the certified death of its last received animal. */
    static final byte WRITTEN_OFF = 3;

    // ---- animals, by index (not stable)
    int animals;
    int[] age = new int[1024];
    int[] household = new int[1024];
    int[] district = new int[1024];
    byte[] flags = new byte[1024];
    /** A stable id per animal (its ear tag {@code T<id>}), kept only in trace mode. */
    int[] animalId;
    private int nextAnimalId;

    // ---- households, by index (stable)
    int households;
    int[] districtOfHousehold = new int[256];
    int[] groupOfHousehold = new int[256];
    /** The household's place in its group's queue, 0 first. */
    int[] queueSlot = new int[256];
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
    /** Dead received animals to replace at the end of this month. */
    int[] replacementsDue = new int[256];
    /** Mothers freed by their offspring this month, to hand over at its end. */
    int[] mothersFreed = new int[256];
    int[] pendingHouseholds = new int[64];
    int pendingCount;
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

    /** A new household, next in group {@code g}'s queue, receiving in {@code month}. */
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
            replacementsDue = Arrays.copyOf(replacementsDue, size);
            mothersFreed = Arrays.copyOf(mothersFreed, size);
        }
        int h = households++;
        districtOfHousehold[h] = d;
        groupOfHousehold[h] = g;
        queueSlot[h] = groupNextSlot[g]++;
        round[h] = inRound;
        receivedMonth[h] = month;
        obligation[h] = obligationState;
        owed[h] = animalsOwed;
        recipient[h] = -1;
        return h;
    }

    /** Adds an animal of {@code animalAge} months to household {@code h} of district {@code d}; its index. */
    int addAnimal(int animalAge, int h, int d, byte animalFlags) {
        int n = animals;
        if (n == age.length) {
            int size = n * 2;
            age = Arrays.copyOf(age, size);
            household = Arrays.copyOf(household, size);
            district = Arrays.copyOf(district, size);
            flags = Arrays.copyOf(flags, size);
            if (animalId != null) {
                animalId = Arrays.copyOf(animalId, size);
            }
        }
        age[n] = animalAge;
        household[n] = h;
        district[n] = d;
        flags[n] = animalFlags;
        if (animalId != null) {
            animalId[n] = nextAnimalId++;
        }
        herdSize[h]++;
        animals = n + 1;
        return n;
    }

    /** Removes animal {@code i}, moving the last animal into its place. */
    void removeAnimal(int i) {
        herdSize[household[i]]--;
        int last = --animals;
        age[i] = age[last];
        household[i] = household[last];
        district[i] = district[last];
        flags[i] = flags[last];
        if (animalId != null) {
            animalId[i] = animalId[last];
        }
    }

    /** Notes that household {@code h} has a mother freed or a dead received animal to replace this month. */
    void pend(int h, boolean mother) {
        boolean listed = replacementsDue[h] + mothersFreed[h] > 0;
        if (mother) {
            mothersFreed[h]++;
        } else {
            replacementsDue[h]++;
        }
        if (!listed) {
            if (pendingCount == pendingHouseholds.length) {
                pendingHouseholds = Arrays.copyOf(pendingHouseholds, pendingCount * 2);
            }
            pendingHouseholds[pendingCount++] = h;
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
