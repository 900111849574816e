package org.ketnghia.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ValidityTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    @Test
    void touchingPeriods_doNotOverlap() {
        assertThat(Validity.endingOn(JUNE_30).overlaps(Validity.startingOn(JULY_1))).isFalse();
        assertThat(Validity.endingOn(JULY_1).overlaps(Validity.startingOn(JULY_1))).isTrue();
    }

    @Test
    void bounds_areInclusive() {
        Validity period = Validity.between(JUNE_30, JULY_1);

        assertThat(period.contains(JUNE_30)).isTrue();
        assertThat(period.contains(JULY_1)).isTrue();
        assertThat(period.contains(JULY_1.plusDays(1))).isFalse();
        assertThat(Validity.always().contains(LocalDate.MIN)).isTrue();
    }

    @Test
    void openPeriod_enclosesEverything_andIsEnclosedOnlyByOpenPeriods() {
        assertThat(Validity.always().encloses(Validity.endingOn(JUNE_30))).isTrue();
        assertThat(Validity.startingOn(JULY_1).encloses(Validity.always())).isFalse();
    }

    @Test
    void invertedPeriod_isReportedAndOverlapsNothing() {
        Validity inverted = Validity.between(JULY_1, JUNE_30);

        assertThat(inverted.isInverted()).isTrue();
        assertThat(inverted.overlaps(Validity.always())).isFalse();
        assertThat(Validity.endingOn(JUNE_30).intersection(Validity.startingOn(JULY_1)).isInverted()).isTrue();
    }

    @Test
    void toString_showsOpenBounds() {
        assertThat(Validity.endingOn(JUNE_30)).hasToString("[… 2025-06-30]");
        assertThat(Validity.startingOn(JULY_1)).hasToString("[2025-07-01 …]");
    }

    @Test
    void coverage_acceptsTouchingPiecesAndRejectsGaps() {
        Validity before = Validity.endingOn(JUNE_30);
        Validity after = Validity.startingOn(JULY_1);

        assertThat(Validity.always().isCoveredBy(List.of(after, before))).isTrue();
        assertThat(Validity.always().isCoveredBy(List.of(before, Validity.startingOn(JULY_1.plusDays(1))))).isFalse();
        assertThat(Validity.always().isCoveredBy(List.of(before))).isFalse();
        assertThat(Validity.between(JULY_1, JULY_1.plusDays(9)).isCoveredBy(List.of(after))).isTrue();
    }

    @Property
    void overlap_isSymmetric_andMeansASharedDay(@ForAll("periods") Validity a, @ForAll("periods") Validity b,
            @ForAll("days") LocalDate day) {
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
        if (a.contains(day) && b.contains(day)) {
            assertThat(a.overlaps(b)).isTrue();
        }
    }

    @Property
    void intersection_containsExactlyTheDaysOfBoth(@ForAll("periods") Validity a, @ForAll("periods") Validity b,
            @ForAll("days") LocalDate day) {
        assertThat(a.intersection(b).contains(day)).isEqualTo(a.contains(day) && b.contains(day));
    }

    @Property
    void enclosure_meansEveryDayIsContained(@ForAll("periods") Validity a, @ForAll("periods") Validity b,
            @ForAll("days") LocalDate day) {
        if (a.encloses(b) && b.contains(day)) {
            assertThat(a.contains(day)).isTrue();
        }
    }

    @Provide
    Arbitrary<Validity> periods() {
        Arbitrary<LocalDate> bound = days().injectNull(0.3);
        return Combinators.combine(bound, bound).as((from, to) -> from != null && to != null && to.isBefore(from)
                ? Validity.between(to, from) : Validity.between(from, to));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 60).map(offset -> LocalDate.of(2025, 6, 1).plusDays(offset));
    }
}
