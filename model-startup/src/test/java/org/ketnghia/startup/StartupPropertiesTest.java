package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.ketnghia.core.money.Money;
import org.ketnghia.startup.policy.AreaDifficulty;
import org.ketnghia.startup.policy.ProjectKind;
import org.ketnghia.startup.policy.StartupPolicy;

/** Invariants of the state-share rule. */
class StartupPropertiesTest {

    private final StartupPolicy policy = StartupPolicy.nationalPractice();

    @Property
    void theMinimumCounterpart_isTheLeastThatKeepsTheStateShareWithinItsCeiling(
            @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long stateShare, @ForAll ProjectKind kind,
            @ForAll AreaDifficulty area) {
        int ceiling = policy.ceilingPercent(kind, area);
        long minimum = policy.minimumCounterpart(Money.ofDong(stateShare), kind, area).dong();

        assertThat(withinCeiling(stateShare, minimum, ceiling)).isTrue();
        if (minimum > 0) {
            assertThat(withinCeiling(stateShare, minimum - 1, ceiling)).isFalse();
        }
    }

    private static boolean withinCeiling(long stateShare, long counterpart, int ceiling) {
        return java.math.BigInteger.valueOf(stateShare).multiply(java.math.BigInteger.valueOf(100))
                .compareTo(java.math.BigInteger.valueOf(stateShare + counterpart)
                        .multiply(java.math.BigInteger.valueOf(ceiling))) <= 0;
    }
}
