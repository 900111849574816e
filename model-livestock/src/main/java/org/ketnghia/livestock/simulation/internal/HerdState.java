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

    // ---- animals, by slot (stable while the animal lives), packed: one slot's fields share a cache line
    /** Ints per slot in {@link #data}. */
    static final int STRIDE = 8;
    private static final int BORN = 0;
    private static final int HOUSEHOLD = 1;
    private static final int DISTRICT = 2;
    /** The flags in the low byte, {@link #ALIVE} above. */
    private static final int FLAGS = 3;
    private static final int GENERATION = 4;
    private static final int EXIT = 5;
    private static final int NEXT = 6;
    private static final int PREV = 7;
    private static final int ALIVE = 0x100;
    /** Above the flags: the female's parturitions are her household's cohort's ({@link CohortBirths}). */
    private static final int COHORT = 0x200;
    /**
     * Above the flags: the female will join her household's cohort at the census at which she reaches the age at
     * first parturition, and is a member from then on ({@link CohortBirths#pendJoin}).
     */
    private static final int BOUND = 0x400;
    /** The bits above the flags, kept when the flags change. */
    private static final int STATE_BITS = ALIVE | COHORT | BOUND;
    /** Animals alive. */
    int animals;
    /** Slots ever used: every live animal's slot is below it. */
    int slots;
    /**
     * Per slot, {@value #STRIDE} ints: the census month at which the animal is of age 0 (its age at census
     * {@code m} is {@code m − born}); its household; its district; its flags and whether it is alive; its
     * slot's generation, which moves on each time the slot is freed (calendar entries of a former occupant
     * are stale); the month it leaves ({@link Integer#MAX_VALUE} if after the horizon); its household
     * list links.
     */
    private int[] data = new int[1024 * STRIDE];
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
    /**
     * Young of this month not yet in the arrays (the Monte Carlo path adds them at the month's end, after
     * the surplus sales, so that one sold at once costs no slot): all of them, the males and the females
     * a surplus sale may take. The sale lowers the last two by the young it takes.
     */
    int[] newborns = new int[256];
    int[] newbornSellableMales = new int[256];
    int[] newbornSellableFemales = new int[256];
    /** Households whose herd may have to sell surplus at the end of this month. */
    boolean[] capCheck = new boolean[256];
    int[] pendingHouseholds = new int[64];
    int pendingCount;
    int[] checkHouseholds = new int[64];
    int checkCount;
    /** Per group, the next queue slot a new household takes. */
    final int[] groupNextSlot;

    // ---- the census by district and sex, kept as animals come and go (the yearly report reads it)
    /** Census months: an animal's {@code born} is at most this. */
    final int months;
    /** [2·district + female]: animals alive. */
    final int[] alive;
    /**
     * [(2·district + female)·(months + 1) + born]: animals alive of age 0 at census {@code born}, for {@code born ≥ 1}
     * (one born at or before census 0 is never young at a year's end, census 12 or later).
     */
    final int[] aliveByBirth;

    // ---- this year's flows per district
    final long[] births;
    final long[] deaths;
    final long[] sold;
    final long[] culled;
    final long[] replacements;
    long animalMonths;

    /**
     * The herd of the Monte Carlo replicate running on this thread: kept from one replicate to the next (a
     * replicate runs on one thread from start to end, as the engine's calendars do), so that its arrays, grown
     * once, are neither allocated nor copied again for every replicate.
     */
    private static final ThreadLocal<HerdState> SCRATCH = new ThreadLocal<>();

    /**
     * An empty herd for a replicate of {@code districts} and {@code groups} on this thread: the one of the
     * thread's previous replicate, emptied, without ear tags; a new one in trace mode ({@code withIds}).
     */
    static HerdState forThread(int districts, int groups, int months, boolean withIds) {
        if (withIds) {
            return new HerdState(districts, groups, months, true);
        }
        HerdState herd = SCRATCH.get();
        if (herd == null || herd.births.length != districts || herd.groupNextSlot.length != groups
                || herd.months != months) {
            herd = new HerdState(districts, groups, months, false);
            SCRATCH.set(herd);
            return herd;
        }
        herd.animals = 0;
        herd.slots = 0;
        herd.freeCount = 0;
        herd.households = 0;
        herd.pendingCount = 0;
        herd.checkCount = 0;
        Arrays.fill(herd.groupNextSlot, 0);
        Arrays.fill(herd.alive, 0);
        Arrays.fill(herd.aliveByBirth, 0);
        herd.clearFlows();
        return herd;
    }

    HerdState(int districts, int groups, int months, boolean withIds) {
        if (withIds) {
            animalId = new int[1024];
        }
        this.months = months;
        alive = new int[2 * districts];
        aliveByBirth = new int[2 * districts * (months + 1)];
        births = new long[districts];
        deaths = new long[districts];
        sold = new long[districts];
        culled = new long[districts];
        replacements = new long[districts];
        groupNextSlot = new int[groups];
    }

    /** The census month at which animal {@code i} is of age 0. */
    int born(int i) {
        return data[i * STRIDE + BORN];
    }

    /** The household keeping animal {@code i}. */
    int household(int i) {
        return data[i * STRIDE + HOUSEHOLD];
    }

    /** The district of animal {@code i}. */
    int district(int i) {
        return data[i * STRIDE + DISTRICT];
    }

    /** The flags of animal {@code i}. */
    byte flags(int i) {
        return (byte) data[i * STRIDE + FLAGS];
    }

    /** Whether slot {@code i} holds a live animal. */
    boolean alive(int i) {
        return (data[i * STRIDE + FLAGS] & ALIVE) != 0;
    }

    /** The generation of slot {@code i}. */
    int generation(int i) {
        return data[i * STRIDE + GENERATION];
    }

    /** Whether slot {@code i} still holds the animal a calendar entry of {@code generation} was scheduled for. */
    boolean current(int i, int generation) {
        int o = i * STRIDE;
        return data[o + GENERATION] == generation && (data[o + FLAGS] & ALIVE) != 0;
    }

    /** The month animal {@code i} leaves. */
    int exitMonth(int i) {
        return data[i * STRIDE + EXIT];
    }

    /** Sets the month animal {@code i} leaves. */
    void exitMonth(int i, int month) {
        data[i * STRIDE + EXIT] = month;
    }

    /** The next animal of the household's list after {@code i}; -1 at its end. */
    int next(int i) {
        return data[i * STRIDE + NEXT];
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
            newborns = Arrays.copyOf(newborns, size);
            newbornSellableMales = Arrays.copyOf(newbornSellableMales, size);
            newbornSellableFemales = Arrays.copyOf(newbornSellableFemales, size);
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
        // a herd kept from the thread's previous replicate has old values here
        receivedAlive[h] = 0;
        herdSize[h] = 0;
        sellableMales[h] = 0;
        replacementsDue[h] = 0;
        newborns[h] = 0;
        newbornSellableMales[h] = 0;
        newbornSellableFemales[h] = 0;
        capCheck[h] = false;
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
            if ((i + 1) * STRIDE > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
                if (animalId != null) {
                    animalId = Arrays.copyOf(animalId, data.length / STRIDE);
                }
            }
            slots = i + 1;
        }
        int o = i * STRIDE;
        data[o + BORN] = bornAt;
        data[o + HOUSEHOLD] = h;
        data[o + DISTRICT] = d;
        data[o + FLAGS] = (animalFlags & 0xFF) | ALIVE;
        data[o + EXIT] = Integer.MAX_VALUE;
        if (animalId != null) {
            animalId[i] = nextAnimalId++;
        }
        link(i, h);
        animals++;
        count(d, animalFlags, bornAt, 1);
        return i;
    }

    /** Removes animal {@code i}: frees its slot and makes its calendar entries stale. */
    void removeAnimal(int i) {
        unlink(i);
        int o = i * STRIDE;
        data[o + FLAGS] &= ~ALIVE;
        data[o + GENERATION]++;
        count(data[o + DISTRICT], (byte) data[o + FLAGS], data[o + BORN], -1);
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = i;
        animals--;
    }

    /** Adds {@code change} to the census of an animal of district {@code d} with flags {@code f}, of age 0 at census {@code born}. */
    private void count(int d, byte f, int born, int change) {
        int key = 2 * d + (f & FEMALE);
        alive[key] += change;
        if (born > 0) {
            aliveByBirth[key * (months + 1) + born] += change;
        }
    }

    /**
     * The animals of district {@code d} and sex {@code female} (1 or 0) alive and young at census {@code census}: of
     * age 0 at one of its last {@code youngMonths} censuses, {@code census} included.
     */
    int young(int d, int female, int census, int youngMonths) {
        int base = (2 * d + female) * (months + 1);
        int young = 0;
        for (int born = Math.max(1, census - youngMonths + 1); born <= census; born++) {
            young += aliveByBirth[base + born];
        }
        return young;
    }

    /** Moves animal {@code i} to household {@code to}, with {@code newFlags}. */
    void move(int i, int to, byte newFlags) {
        unlink(i);
        int o = i * STRIDE;
        data[o + HOUSEHOLD] = to;
        data[o + FLAGS] = (newFlags & 0xFF) | ALIVE;
        link(i, to);
    }

    /** Sets animal {@code i}'s flags. */
    void setFlags(int i, byte newFlags) {
        int o = i * STRIDE;
        int h = data[o + HOUSEHOLD];
        byte old = (byte) data[o + FLAGS];
        sellableMales[h] += (sellableMale(newFlags) ? 1 : 0) - (sellableMale(old) ? 1 : 0);
        data[o + FLAGS] = (newFlags & 0xFF) | (data[o + FLAGS] & STATE_BITS);
    }

    /** Whether an animal with {@code f} is a male a surplus sale may take. */
    static boolean sellableMale(byte f) {
        return (f & (FEMALE | RECEIVED | EARMARKED)) == 0;
    }

    private void link(int i, int h) {
        int o = i * STRIDE;
        int first = head[h];
        data[o + NEXT] = first;
        data[o + PREV] = NONE;
        if (first != NONE) {
            data[first * STRIDE + PREV] = i;
        }
        head[h] = i;
        herdSize[h]++;
        if (sellableMale((byte) data[o + FLAGS])) {
            sellableMales[h]++;
        }
    }

    private void unlink(int i) {
        int o = i * STRIDE;
        int h = data[o + HOUSEHOLD];
        int before = data[o + PREV];
        int after = data[o + NEXT];
        if (before == NONE) {
            head[h] = after;
        } else {
            data[before * STRIDE + NEXT] = after;
        }
        if (after != NONE) {
            data[after * STRIDE + PREV] = before;
        }
        herdSize[h]--;
        if (sellableMale((byte) data[o + FLAGS])) {
            sellableMales[h]--;
        }
    }

    /** Age in months of animal {@code i} at the census of month {@code month}. */
    int age(int i, int month) {
        return month - data[i * STRIDE + BORN];
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
        return (data[i * STRIDE + FLAGS] & FEMALE) != 0;
    }

    /** Whether the household keeping animal {@code i} received it. */
    boolean received(int i) {
        return (data[i * STRIDE + FLAGS] & RECEIVED) != 0;
    }

    /** Sets the flags of animal {@code i} without touching the household's count of sellable males (a female's offspring count). */
    void setFemaleFlags(int i, byte newFlags) {
        int o = i * STRIDE;
        data[o + FLAGS] = (newFlags & 0xFF) | (data[o + FLAGS] & STATE_BITS);
    }

    /** Whether female {@code i}'s parturitions are her household's cohort's. */
    boolean inCohort(int i) {
        return (data[i * STRIDE + FLAGS] & COHORT) != 0;
    }

    /** Whether female {@code i} joins her household's cohort at the age at first parturition ({@link #bindCohort}). */
    boolean boundToCohort(int i) {
        return (data[i * STRIDE + FLAGS] & BOUND) != 0;
    }

    /** Female {@code i} joins her household's cohort at the age at first parturition, and stays in it until she leaves. */
    void bindCohort(int i) {
        data[i * STRIDE + FLAGS] |= BOUND;
    }

    /** Female {@code i}'s parturitions become her household's cohort's, until she leaves. */
    void joinCohort(int i) {
        data[i * STRIDE + FLAGS] |= COHORT;
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
