package org.ketnghia.core.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.core.twinning.TwinningFixtures.A_XAN;
import static org.ketnghia.core.twinning.TwinningFixtures.DA_NANG;
import static org.ketnghia.core.twinning.TwinningFixtures.HUNG_SON;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2021;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2022;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2026;
import static org.ketnghia.core.twinning.TwinningFixtures.QUANG_NAM;
import static org.ketnghia.core.twinning.TwinningFixtures.TAY_GIANG_DISTRICT;
import static org.ketnghia.core.twinning.TwinningFixtures.agreement;
import static org.ketnghia.core.twinning.TwinningFixtures.department;
import static org.ketnghia.core.twinning.TwinningFixtures.register;
import static org.ketnghia.core.twinning.TwinningFixtures.runtime;
import static org.ketnghia.core.twinning.TwinningFixtures.sign;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.testing.Fixtures;

class AgreementLifecycleTest {

    private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final Ledger ledger = runtime(store).ledger();

    @BeforeEach
    void signAnAgreement() {
        ledger.submit(register(department("so-tai-chinh", "Sở Tài chính")));
        ledger.submit(sign(TwinningAgreement.builder().from(
                agreement("kn-1", TAY_GIANG_DISTRICT, IN_2021, List.of("so-tai-chinh"), StandardModels.LIVESTOCK))
                .validTo(LocalDate.of(2025, 12, 31)).build()));
    }

    private static EndAgreement end(String agreementId, LocalDate lastDay) {
        return EndAgreement.builder().actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(lastDay).agreementId(agreementId)
                .lastDay(lastDay).reasonVi("Đơn vị kết nghĩa được sắp xếp lại").build();
    }

    private static AmendAgreementModels amend(LocalDate on, String... modelIds) {
        return AmendAgreementModels.builder().actor(PROVINCE).unitCode(on.isBefore(LocalDate.of(2025, 7, 1)) ? QUANG_NAM : DA_NANG)
                .occurredOn(on).agreementId("kn-1").modelIds(List.of(modelIds)).build();
    }

    @Test
    void endingAnAgreement_removesItFromLaterDates() {
        ledger.submit(end("kn-1", END_2023));

        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreementsActiveOn(END_2023))).hasSize(1);
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreementsActiveOn(END_2023.plusDays(1)))).isEmpty();
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreementsCovering(A_XAN, IN_2022, ledger.administrativeUnits())))
                .hasSize(1);
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreementsCovering(HUNG_SON, IN_2026, ledger.administrativeUnits())))
                .isEmpty();
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreement("kn-1")))
                .hasValueSatisfying(a -> assertThat(a.validTo()).hasValue(END_2023));
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.endedOn("kn-1"))).hasValue(END_2023);
        // the 2-of-4 violation of the district's communes disappears with the agreement
        assertThat(TwoOfFourRule.standard().check(ledger, IN_2022).violations()).hasSize(10);
        assertThat(TwoOfFourRule.standard().check(ledger, LocalDate.of(2024, 1, 1)).checkedCommuneCodes()).isEmpty();
    }

    @Test
    void endingWrongly_isRejectedWithEveryReason() {
        assertThatThrownBy(() -> ledger.submit(end("kn-nowhere", IN_2022)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(TwinningErrorCode.TWINNING_UNKNOWN_AGREEMENT));
        EndAgreement beforeStart = EndAgreement.builder().from(end("kn-1", IN_2021)).lastDay(IN_2021.minusDays(1)).build();
        assertThatThrownBy(() -> ledger.submit(beforeStart))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code, Problem::field).containsExactly(tuple(CoreErrorCode.PERIOD_INVERTED, "lastDay")));
        EndAgreement afterPlannedEnd = EndAgreement.builder().from(end("kn-1", IN_2022)).lastDay(LocalDate.of(2026, 1, 1)).build();
        assertThatThrownBy(() -> ledger.submit(afterPlannedEnd))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(TwinningErrorCode.TWINNING_END_AFTER_PLANNED_END));
        assertThat(store.size()).isEqualTo(2);

        ledger.submit(end("kn-1", END_2023));
        assertThatThrownBy(() -> ledger.submit(end("kn-1", END_2023)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(TwinningErrorCode.TWINNING_AGREEMENT_ALREADY_ENDED));
        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    void amendedModels_applyFromTheirEffectiveDate() {
        LocalDate amendedOn = LocalDate.of(2023, 1, 1);
        ledger.submit(amend(amendedOn, StandardModels.LIVESTOCK, StandardModels.TRAINING));

        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreementAsOf("kn-1", IN_2022)))
                .hasValueSatisfying(a -> assertThat(a.modelIds()).containsExactly(StandardModels.LIVESTOCK));
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreementAsOf("kn-1", amendedOn)))
                .hasValueSatisfying(a -> assertThat(a.modelIds()).containsExactly(StandardModels.LIVESTOCK, StandardModels.TRAINING));
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreement("kn-1")))
                .hasValueSatisfying(a -> assertThat(a.modelIds()).hasSize(2));
        assertThat(TwoOfFourRule.standard().check(ledger, IN_2022).satisfied()).isFalse();
        assertThat(TwoOfFourRule.standard().check(ledger, amendedOn).satisfied()).isTrue();
    }

    @Test
    void amendingWrongly_isRejectedWithEveryReason_andAppendsNothing() {
        ledger.submit(amend(LocalDate.of(2023, 1, 1), StandardModels.TRAINING));

        AmendAgreementModels outOfOrder = AmendAgreementModels.builder().from(amend(IN_2022))
                .addCommitment(Commitment.of(StandardModels.VILLAGE, "Tiêu chí nhà văn hóa")).build();
        assertThatThrownBy(() -> ledger.submit(outOfOrder))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code, Problem::field)
                        .containsExactly(
                                tuple(TwinningErrorCode.TWINNING_AMENDMENT_OUT_OF_ORDER, "effectiveFrom"),
                                tuple(TwinningErrorCode.TWINNING_NO_MODEL, "modelIds"),
                                tuple(TwinningErrorCode.TWINNING_COMMITMENT_MODEL_NOT_CHOSEN, "commitments[0].modelId")));
        AmendAgreementModels afterEnd = AmendAgreementModels.builder().from(amend(IN_2026, StandardModels.VILLAGE)).build();
        assertThatThrownBy(() -> ledger.submit(afterEnd))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(TwinningErrorCode.TWINNING_AMENDMENT_OUTSIDE_PERIOD));
        AmendAgreementModels unknown = AmendAgreementModels.builder().from(amend(IN_2022, StandardModels.VILLAGE))
                .agreementId("kn-nowhere").build();
        assertThatThrownBy(() -> ledger.submit(unknown))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(TwinningErrorCode.TWINNING_UNKNOWN_AGREEMENT));
        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    void sameDayAmendment_replacesTheEarlierOne() {
        LocalDate amendedOn = LocalDate.of(2023, 1, 1);
        ledger.submit(amend(amendedOn, StandardModels.TRAINING));
        ledger.submit(amend(amendedOn, StandardModels.STARTUP, StandardModels.VILLAGE));

        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreementAsOf("kn-1", amendedOn)))
                .hasValueSatisfying(a -> assertThat(a.modelIds()).containsExactly(StandardModels.STARTUP, StandardModels.VILLAGE));
    }

    @Test
    void rebuild_replaysToTheSameTerms() {
        ledger.submit(amend(LocalDate.of(2023, 1, 1), StandardModels.TRAINING, StandardModels.VILLAGE));
        ledger.submit(end("kn-1", END_2023));
        List<TwinningAgreement> before = ledger.read(TwinningRegistry.class, TwinningRegistry::agreements);

        ledger.rebuildProjections();

        assertThat(ledger.read(TwinningRegistry.class, TwinningRegistry::agreements)).isEqualTo(before)
                .singleElement().satisfies(a -> assertThat(a.modelIds()).containsExactly("training", "village"));
        ledger.submit(amend(LocalDate.of(2023, 1, 1), StandardModels.STARTUP));
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(ledger)).isPositive();
    }
}
