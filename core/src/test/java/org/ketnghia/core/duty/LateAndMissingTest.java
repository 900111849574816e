package org.ketnghia.core.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ketnghia.core.duty.DutyFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Late and missing submissions per unit and deadline, around the 2025 reorganisation: the 2024 reports are
 * owed by the old communes, the district and Quảng Nam; the 2025 reports by the new communes and Đà Nẵng, and
 * by no district.
 */
class LateAndMissingTest {

    private static final LocalDate DEADLINE_2024 = LocalDate.of(2025, 1, 10);
    private static final LocalDate DEADLINE_2025 = LocalDate.of(2026, 1, 10);

    private final DutyFixtures fixtures = new DutyFixtures();

    /** Whatever the test recorded, every projection with a snapshot form restores as a full replay folds it. */
    @org.junit.jupiter.api.AfterEach
    void snapshotsRestoreAsAFullReplay() {
        org.assertj.core.api.Assertions.assertThat(
                org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(fixtures.ledger)).isPositive();
    }

    @Test
    void aroundTheReorganisation_lateAndMissingAreListedPerUnitAndDeadline() {
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan-2024", COMMUNE_ANNUAL, "2024", LocalDate.of(2025, 1, 8), "a"));
        fixtures.ledger.submit(submit(A_NONG_COMMITTEE, A_NONG, "anong-2024", COMMUNE_ANNUAL, "2024", LocalDate.of(2025, 2, 15), "b"));
        fixtures.ledger.submit(submit(HUNG_SON_COMMITTEE, HUNG_SON, "hungson-2025", COMMUNE_ANNUAL, "2025", LocalDate.of(2026, 1, 9), "c"));

        List<OverdueSubmission> communes = fixtures.lateAndMissing(LocalDate.of(2026, 2, 1)).stream()
                .filter(overdue -> overdue.obligation().dutyId().equals(Optional.of(COMMUNE_ANNUAL))
                        && List.of("2024", "2025").contains(overdue.obligation().period().key()))
                .toList();

        assertThat(communes).extracting(o -> o.obligation().period().deadline(), o -> o.obligation().reporter().code(),
                OverdueSubmission::firstSubmittedOn).containsExactly(
                        tuple(DEADLINE_2024, A_NONG, Optional.of(LocalDate.of(2025, 2, 15))),
                        tuple(DEADLINE_2025, TAY_GIANG_COMMUNE, Optional.empty()));
        assertThat(communes.get(0).missing()).isFalse();
        assertThat(communes.get(1).missing()).isTrue();
    }

    @Test
    void theDistrictOwesReportsUntilItWasAbolished_andTheProvinceIsCarriedOnByTheCity() {
        List<OverdueSubmission> missing = fixtures.lateAndMissing(LocalDate.of(2026, 3, 1));

        assertThat(missing).filteredOn(o -> o.obligation().dutyId().equals(Optional.of(DISTRICT_ANNUAL)))
                .extracting(o -> o.obligation().period().key(), o -> o.obligation().reporter().code())
                .containsExactly(tuple("2022", TAY_GIANG), tuple("2023", TAY_GIANG), tuple("2024", TAY_GIANG));
        assertThat(missing).filteredOn(o -> o.obligation().dutyId().equals(Optional.of(PROVINCE_ANNUAL)))
                .extracting(o -> o.obligation().period().key(), o -> o.obligation().reporter().code())
                .containsExactly(tuple("2022", QNA), tuple("2023", QNA), tuple("2024", QNA), tuple("2025", DNG));
        assertThat(missing).filteredOn(o -> o.obligation().dutyId().equals(Optional.of(SPONSOR_ANNUAL)))
                .extracting(o -> o.obligation().reporter()).containsOnly(Reporter.ofSponsor(SPONSOR)).hasSize(4);
        assertThat(missing).filteredOn(o -> o.obligation().dutyId().equals(Optional.of(INTERIM)))
                .extracting(o -> o.obligation().reporter().code(), o -> o.obligation().period().deadline())
                .as("the interim review's deadline fell before the reorganisation").containsExactly(
                        tuple(A_NONG, LocalDate.of(2025, 1, 30)), tuple(A_XAN, LocalDate.of(2025, 1, 30)));
        assertThat(missing).extracting(o -> o.obligation().dutyId().orElseThrow()).doesNotContain(FINAL);
        assertThat(missing).isSortedAccordingTo(java.util.Comparator.comparing(o -> o.obligation().period().deadline()));
    }

    @Test
    void submissionOnTheDeadline_isNeitherLateNorMissing_andOnTheDeadlineNothingIsOverdueYet() {
        fixtures.ledger.submit(submit(A_XAN_COMMITTEE, A_XAN, "axan-2024", COMMUNE_ANNUAL, "2024", DEADLINE_2024, "a"));

        assertThat(fixtures.lateAndMissing(DEADLINE_2024)).filteredOn(o -> o.obligation().period().deadline().equals(DEADLINE_2024))
                .isEmpty();
        assertThat(fixtures.lateAndMissing(DEADLINE_2024.plusDays(1))).filteredOn(o -> o.obligation().period().deadline().equals(DEADLINE_2024))
                .extracting(o -> o.obligation().reporter().code()).containsExactly(A_NONG);
    }

    @Test
    void asOfADate_aLaterSubmissionIsNotYetKnown() {
        fixtures.ledger.submit(submit(A_NONG_COMMITTEE, A_NONG, "anong-2024", COMMUNE_ANNUAL, "2024", LocalDate.of(2025, 2, 15), "b"));

        assertThat(fixtures.lateAndMissing(LocalDate.of(2025, 2, 1))).filteredOn(o -> o.obligation().reporter().code().equals(A_NONG)
                && o.obligation().dutyId().equals(Optional.of(COMMUNE_ANNUAL)) && o.obligation().period().key().equals("2024")).singleElement().satisfies(o -> assertThat(o.missing()).isTrue());
        assertThat(fixtures.lateAndMissing(LocalDate.of(2025, 3, 1))).filteredOn(o -> o.obligation().reporter().code().equals(A_NONG)
                && o.obligation().dutyId().equals(Optional.of(COMMUNE_ANNUAL)) && o.obligation().period().key().equals("2024"))
                .singleElement().satisfies(o -> assertThat(o.missing()).isFalse());
    }
}
