package org.ketnghia.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;

class MoneyTest {

    @Test
    void planBudget_isExact() {
        Money cattle = Money.ofMillions(20).times(300);
        Money goats = Money.ofMillions(4).times(750);
        assertThat(cattle.plus(goats)).isEqualTo(Money.ofDong(9_000_000_000L));
        assertThat(Money.sum(List.of(cattle, goats)).dong()).isEqualTo(9_000_000_000L);
    }

    @Test
    void vietnameseFormat_usesWordsForRoundAmounts() {
        assertThat(Money.ofDong(9_000_000_000L).toVietnamese()).isEqualTo("9 tỷ đồng");
        assertThat(Money.ofDong(1_500_000_000L).toVietnamese()).isEqualTo("1,5 tỷ đồng");
        assertThat(Money.ofMillions(20).toVietnamese()).isEqualTo("20 triệu đồng");
        assertThat(Money.ofMillions(1_250).toVietnamese()).isEqualTo("1.250 triệu đồng");
        assertThat(Money.ofDong(1_500_000).toVietnamese()).isEqualTo("1.500.000 ₫");
        assertThat(Money.ofDong(999).toVietnamese()).isEqualTo("999 ₫");
        assertThat(Money.ofMillions(-20).toVietnamese()).isEqualTo("-20 triệu đồng");
        assertThat(Money.ZERO.toVietnamese()).isEqualTo("0 ₫");
    }

    @Test
    void englishFormat_usesWordsForRoundAmounts() {
        assertThat(Money.ofDong(9_000_000_000L).toEnglish()).isEqualTo("VND 9 billion");
        assertThat(Money.ofDong(1_500_000_000L).toEnglish()).isEqualTo("VND 1.5 billion");
        assertThat(Money.ofMillions(20).toEnglish()).isEqualTo("VND 20 million");
        assertThat(Money.ofDong(1_500_000).toEnglish()).isEqualTo("VND 1,500,000");
        assertThat(Money.ofDong(-1_234_567).toEnglish()).isEqualTo("-VND 1,234,567");
        assertThat(Money.ofDong(1_500_000).format(Locale.forLanguageTag("vi"))).isEqualTo("1.500.000 ₫");
    }

    @Test
    void toString_isTheExactAmount() {
        assertThat(Money.ofDong(9_000_000_000L)).hasToString("9.000.000.000 ₫");
        assertThat(Money.ofDong(Long.MIN_VALUE).toVietnamese()).isEqualTo("-9.223.372.036.854.775.808 ₫");
    }

    @Test
    void overflow_isAnErrorNotAWrap() {
        Money huge = Money.ofDong(Long.MAX_VALUE);
        assertThatThrownBy(() -> huge.plus(Money.ofDong(1)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(MoneyErrorCode.MONEY_OVERFLOW));
        assertThatThrownBy(() -> huge.times(2)).isInstanceOf(KetnghiaException.class);
        assertThatThrownBy(() -> Money.ofDong(Long.MIN_VALUE).negate()).isInstanceOf(KetnghiaException.class);
        assertThatThrownBy(() -> Money.sum(List.of(huge, huge))).isInstanceOf(KetnghiaException.class);
    }

    @Test
    void split_givesRemainderToFirstShares() {
        assertThat(Money.ofDong(10).split(3)).containsExactly(Money.ofDong(4), Money.ofDong(3), Money.ofDong(3));
        assertThat(Money.ofDong(-10).split(3)).extracting(Money::dong).containsExactly(-3L, -3L, -4L);
    }

    @Test
    void split_intoNoShares_isRejected() {
        assertThatThrownBy(() -> Money.ofDong(10).split(0))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(MoneyErrorCode.MONEY_INVALID_SPLIT));
    }

    @Test
    void allocate_followsWeightsAndSumsBack() {
        List<Money> parts = Money.ofMillions(9_000).allocate(2, 1);
        assertThat(parts).containsExactly(Money.ofMillions(6_000), Money.ofMillions(3_000));
        assertThat(Money.ofDong(100).allocate(1, 1, 1)).extracting(Money::dong).containsExactly(34L, 33L, 33L);
        assertThatThrownBy(() -> Money.ofDong(100).allocate(0, 0)).isInstanceOf(KetnghiaException.class);
        assertThatThrownBy(() -> Money.ofDong(100).allocate(1, -1)).isInstanceOf(KetnghiaException.class);
    }
}
