package org.ketnghia.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class MoneyPropertiesTest {

    @Property
    void split_sumsBackExactly(@ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long dong,
            @ForAll @IntRange(min = 1, max = 500) int shares) {
        List<Money> parts = Money.ofDong(dong).split(shares);
        assertThat(parts).hasSize(shares);
        assertThat(Money.sum(parts)).isEqualTo(Money.ofDong(dong));
        long largest = parts.stream().mapToLong(Money::dong).max().orElseThrow();
        long smallest = parts.stream().mapToLong(Money::dong).min().orElseThrow();
        assertThat(largest - smallest).isLessThanOrEqualTo(1);
    }

    @Property
    void allocate_sumsBackExactly(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long dong,
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 1_000_000) Integer> weights) {
        long[] asLongs = weights.stream().mapToLong(Integer::longValue).toArray();
        List<Money> parts = Money.ofDong(dong).allocate(asLongs);
        assertThat(Money.sum(parts)).isEqualTo(Money.ofDong(dong));
        assertThat(parts).allSatisfy(part -> assertThat(part.isNegative()).isFalse());
    }

    @Property
    void plusThenMinus_isIdentity(@ForAll @LongRange(min = -4_000_000_000_000_000_000L, max = 4_000_000_000_000_000_000L) long a,
            @ForAll @LongRange(min = -4_000_000_000_000_000_000L, max = 4_000_000_000_000_000_000L) long b) {
        assertThat(Money.ofDong(a).plus(Money.ofDong(b)).minus(Money.ofDong(b))).isEqualTo(Money.ofDong(a));
    }

    @Property
    void exactFormat_parsesBackToTheAmount(@ForAll long dong) {
        String text = Money.ofDong(dong).toString();
        assertThat(text).endsWith(" ₫");
        String digits = text.substring(0, text.length() - 2).replace(".", "");
        assertThat(Long.parseLong(digits)).isEqualTo(dong);
    }
}
