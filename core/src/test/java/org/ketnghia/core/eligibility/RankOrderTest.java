package org.ketnghia.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The packed order of {@link RankOrder} must equal the plain comparator order — group key, then
 * {@link String#compareTo}, then input position — for every kind of key: shared prefixes, keys that
 * begin other keys, equal keys, characters outside Latin-1, long keys whose packed characters tie.
 */
class RankOrderTest {

    private static final String[] ALPHABETS = {"01", "0123456789", "AB-.xyz", "aăâbcdđeêơư", "日本語🙂", "\u0000\uFFFF a"};

    @Property(tries = 200, shrinking = ShrinkingMode.OFF) // the inputs come from a seed: nothing to shrink
    void packedOrder_equalsTheComparatorOrder(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int size,
            @ForAll @IntRange(min = 0, max = 5) int alphabet, @ForAll @IntRange(min = 0, max = 20) int maxLength,
            @ForAll @IntRange(min = 1, max = 40) int groups) {
        Random random = new Random(seed);
        String prefix = random.nextBoolean() ? "QNA.TAY-GIANG.HH-" : "";
        String[] stems = new String[1 + random.nextInt(4)];
        for (int s = 0; s < stems.length; s++) {
            stems[s] = randomKey(random, ALPHABETS[alphabet], 2 * maxLength);
        }
        boolean[] eligible = new boolean[size];
        int[] priorities = new int[size];
        String[] keys = new String[size];
        for (int i = 0; i < size; i++) {
            eligible[i] = random.nextInt(5) != 0;
            priorities[i] = random.nextInt(groups) - groups / 2;
            // keys share stems longer than what packs into a long, so the packed characters tie
            keys[i] = prefix + stems[random.nextInt(stems.length)] + randomKey(random, ALPHABETS[alphabet], maxLength);
        }

        assertSameOrder(RankOrder.order(eligible, priorities, keys), RankOrder.objectOrder(eligible, priorities, keys));
    }

    @Test
    void aMillionDistinctIds_sortLikeStrings() {
        int size = 1_000_000;
        boolean[] eligible = new boolean[size];
        int[] priorities = new int[size];
        String[] keys = new String[size];
        for (int i = 0; i < size; i++) {
            eligible[i] = i % 11 != 0;
            priorities[i] = i % 7;
            keys[i] = String.format("HH-%07d", (i * 7_919L) % size);
        }

        assertSameOrder(RankOrder.order(eligible, priorities, keys), RankOrder.objectOrder(eligible, priorities, keys));
    }

    @Test
    void prioritiesTooSpreadToPack_fallBackToTheSameOrder() {
        int size = 1_000;
        Random random = new Random(7);
        boolean[] eligible = new boolean[size];
        int[] priorities = new int[size];
        String[] keys = new String[size];
        for (int i = 0; i < size; i++) {
            eligible[i] = true;
            priorities[i] = random.nextInt();
            keys[i] = Integer.toString(random.nextInt(100));
        }
        priorities[0] = Integer.MAX_VALUE;
        priorities[1] = Integer.MIN_VALUE;

        int[] order = RankOrder.order(eligible, priorities, keys);

        assertSameOrder(order, RankOrder.objectOrder(eligible, priorities, keys));
        assertThat(order[0]).isZero();
        assertThat(order[size - 1]).isOne();
    }

    @Test
    void equalKeys_keepTheirInputOrder() {
        int size = 600;
        boolean[] eligible = new boolean[size];
        int[] priorities = new int[size];
        String[] keys = new String[size];
        for (int i = 0; i < size; i++) {
            keys[i] = i % 2 == 0 ? "same-key-longer-than-what-fits-in-a-long" : "other";
        }

        int[] order = RankOrder.order(eligible, priorities, keys);

        assertThat(order[0]).isOne();
        assertThat(order[1]).isEqualTo(3);
        assertThat(order[size / 2]).isZero();
        assertThat(order[size / 2 + 1]).isEqualTo(2);
    }

    /** Names the first place where the orders differ (a whole-array diff of a million is unreadable and slow). */
    private static void assertSameOrder(int[] actual, int[] expected) {
        int first = Arrays.mismatch(actual, expected);
        assertThat(first).as("first place where the packed order differs from the comparator order").isEqualTo(-1);
    }

    private static String randomKey(Random random, String alphabet, int maxLength) {
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder key = new StringBuilder();
        int length = maxLength == 0 ? 0 : random.nextInt(maxLength + 1);
        for (int c = 0; c < length; c++) {
            key.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return key.toString();
    }
}
