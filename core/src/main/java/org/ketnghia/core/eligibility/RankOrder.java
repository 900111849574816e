package org.ketnghia.core.eligibility;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The order of a {@link Ranking}: eligible subjects first, then higher priority, then tie-breaker
 * key ({@link String#compareTo}), then — only
 * when two tie-breaker keys are equal — by input position.
 *
 * <p>A province screens a million households, and sorting a million objects by a string spends its
 * time on cache misses. So when the keys allow it, each subject becomes one {@code long}: its group
 * (eligibility and priority), the first characters of its tie-breaker after the prefix every key shares (each
 * character as its rank in the alphabet the keys use, so the number keeps the order of the
 * characters), and its input position. One primitive sort orders them; only subjects whose packed
 * characters are equal are then compared by their whole keys. When the priorities are spread over too
 * many points to pack (over half a million) the order falls back to an object sort with the same
 * result.
 */
final class RankOrder {

    /** Below this size packing costs more than it saves. */
    private static final int PACKING_THRESHOLD = 256;
    private static final int MAX_GROUP_BITS = 20;
    /** Digit 0 marks the end of a key, so a key sorts before every longer key it begins. */
    private static final int END_OF_KEY = 0;

    private RankOrder() {
    }

    /**
     * The input positions in rank order: eligible first, then higher priority, then tie-breaker key
     * ascending, then input position.
     *
     * @param eligible per subject, whether it met every required rule
     * @param priorities per subject, its priority score
     * @param tieBreakers per subject, its tie-breaker key; not null
     */
    static int[] order(boolean[] eligible, int[] priorities, String[] tieBreakers) {
        int size = priorities.length;
        if (size < PACKING_THRESHOLD) {
            return objectOrder(eligible, priorities, tieBreakers);
        }
        long minPriority = Integer.MAX_VALUE;
        long maxPriority = Integer.MIN_VALUE;
        for (int priority : priorities) {
            minPriority = Math.min(minPriority, priority);
            maxPriority = Math.max(maxPriority, priority);
        }
        long priorityRange = maxPriority - minPriority + 1;
        long groupSpan = 2 * priorityRange - 1; // the ineligible after every eligible
        if (groupSpan >= 1L << MAX_GROUP_BITS) {
            return objectOrder(eligible, priorities, tieBreakers);
        }
        int groupBits = bitsFor(groupSpan);
        int positionBits = bitsFor(size - 1L);
        int characterBits = 63 - groupBits - positionBits;
        TieBreakerEncoding encoding = TieBreakerEncoding.of(tieBreakers, characterBits);

        long[] packed = new long[size];
        int groupShift = characterBits + positionBits;
        for (int i = 0; i < size; i++) {
            long group = (eligible[i] ? 0 : priorityRange) + maxPriority - priorities[i];
            packed[i] = group << groupShift | encoding.encode(tieBreakers[i]) << positionBits | i;
        }
        Arrays.sort(packed);

        int[] order = new int[size];
        long positionMask = (1L << positionBits) - 1;
        for (int i = 0; i < size; i++) {
            order[i] = (int) (packed[i] & positionMask);
        }
        if (encoding.mayTie()) {
            sortEqualRuns(packed, positionBits, order, tieBreakers);
        }
        return order;
    }

    /** Orders runs whose group and packed characters are equal by their whole tie-breaker keys. */
    private static void sortEqualRuns(long[] packed, int positionBits, int[] order, String[] tieBreakers) {
        int start = 0;
        while (start < packed.length) {
            long prefix = packed[start] >>> positionBits;
            int end = start + 1;
            while (end < packed.length && packed[end] >>> positionBits == prefix) {
                end++;
            }
            if (end - start > 1) {
                Integer[] run = new Integer[end - start];
                for (int i = start; i < end; i++) {
                    run[i - start] = order[i];
                }
                // positions ascend within the run already, and the sort is stable
                Arrays.sort(run, Comparator.comparing(position -> tieBreakers[position]));
                for (int i = start; i < end; i++) {
                    order[i] = run[i - start];
                }
            }
            start = end;
        }
    }

    /** The reference order: the same result by sorting objects, for priorities too spread to pack. */
    static int[] objectOrder(boolean[] eligible, int[] priorities, String[] tieBreakers) {
        Integer[] positions = new Integer[priorities.length];
        Arrays.setAll(positions, Integer::valueOf);
        Arrays.sort(positions, Comparator.<Integer>comparingInt(position -> eligible[position] ? 0 : 1)
                .thenComparing(position -> priorities[position], Comparator.reverseOrder())
                .thenComparing(position -> tieBreakers[position])
                .thenComparingInt(Integer::intValue));
        return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
    }

    /** Bits needed to hold every value from 0 to {@code max}. */
    private static int bitsFor(long max) {
        return Math.max(1, 64 - Long.numberOfLeadingZeros(max));
    }

    /**
     * The first characters of a tie-breaker key after the common prefix, as a number in base
     * (alphabet size + 1) that keeps their order.
     */
    private static final class TieBreakerEncoding {

        private final int commonPrefix;
        private final int radix;
        private final int characters;
        private final int[] digitOf;
        private final boolean mayTie;

        private TieBreakerEncoding(int commonPrefix, int radix, int characters, int[] digitOf, boolean mayTie) {
            this.commonPrefix = commonPrefix;
            this.radix = radix;
            this.characters = characters;
            this.digitOf = digitOf;
            this.mayTie = mayTie;
        }

        static TieBreakerEncoding of(String[] keys, int bits) {
            // one pass: the prefix every key shares, the longest key, and every character used (the
            // prefix's too: a larger alphabet only packs fewer characters, never a wrong order)
            boolean[] used = new boolean[Character.MAX_VALUE + 1];
            String first = keys[0];
            for (int c = 0; c < first.length(); c++) {
                used[first.charAt(c)] = true;
            }
            int commonPrefix = first.length();
            int longest = 0;
            for (String key : keys) {
                int length = key.length();
                longest = Math.max(longest, length);
                int limit = Math.min(commonPrefix, length);
                int c = 0;
                while (c < limit && key.charAt(c) == first.charAt(c)) {
                    c++;
                }
                commonPrefix = c;
                for (; c < length; c++) { // the characters before c are the first key's
                    used[key.charAt(c)] = true;
                }
            }
            int[] digitOf = new int[Character.MAX_VALUE + 1];
            int alphabet = 0;
            for (int c = 0; c < used.length; c++) {
                if (used[c]) {
                    digitOf[c] = ++alphabet; // digits from 1, in character order
                }
            }
            int radix = alphabet + 1;
            int characters = 0;
            long capacity = 1;
            long limit = 1L << bits;
            while (radix > 1 && capacity <= limit / radix) { // radix 1: every key is the common prefix
                capacity *= radix;
                characters++;
            }
            boolean mayTie = commonPrefix + characters < longest;
            return new TieBreakerEncoding(commonPrefix, radix, characters, digitOf, mayTie);
        }

        /** Whether two different keys can encode to the same number (some key is longer than what fits). */
        boolean mayTie() {
            return mayTie;
        }

        long encode(String key) {
            long value = 0;
            for (int c = 0; c < characters; c++) {
                int index = commonPrefix + c;
                value = value * radix + (index < key.length() ? digitOf[key.charAt(index)] : END_OF_KEY);
            }
            return value;
        }
    }
}
