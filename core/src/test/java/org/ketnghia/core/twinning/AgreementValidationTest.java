package org.ketnghia.core.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.core.twinning.TwinningFixtures.A_XAN;
import static org.ketnghia.core.twinning.TwinningFixtures.HUNG_SON;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2021;
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
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

class AgreementValidationTest {

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final KetnghiaRuntime runtime = runtime(store);

    @BeforeEach
    void registerSponsors() {
        runtime.ledger().submit(register(department("so-tai-chinh", "Sở Tài chính")));
        runtime.ledger().submit(register(department("so-y-te", "Sở Y tế")));
    }

    @Test
    void validAgreement_isRecordedWithItsTerms() {
        TwinningAgreement signed = TwinningAgreement.builder()
                .id("kn-01").recipientUnitCode(TAY_GIANG_DISTRICT).validFrom(IN_2021).validTo(LocalDate.of(2025, 12, 31))
                .sponsorIds(List.of("so-tai-chinh", "so-y-te"))
                .modelIds(List.of(StandardModels.LIVESTOCK, "demo"))
                .addCommitment(Commitment.of(StandardModels.LIVESTOCK, "Hỗ trợ 50 con dê giống", Money.ofMillions(200)))
                .addCommitment(Commitment.of("demo", "Trình diễn"))
                .build();
        runtime.ledger().submit(sign(signed));

        assertThat(runtime.ledger().read(TwinningRegistry.class, (TwinningRegistry registry) -> registry.agreement("kn-01"))).hasValue(signed);
        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    void aSecondAgreementOfASponsorWithTheSameRecipient_overlappingTheFirst_isRefusedNamingIt() {
        runtime.ledger().submit(sign(TwinningAgreement.builder().from(agreement("kn-01", A_XAN, IN_2021,
                List.of("so-tai-chinh"), StandardModels.LIVESTOCK)).validTo(LocalDate.of(2023, 12, 31)).build()));
        long recorded = store.size();

        TwinningAgreement overlapping = agreement("kn-02", A_XAN, LocalDate.of(2023, 6, 1), List.of("so-y-te", "so-tai-chinh"),
                StandardModels.TRAINING);
        assertThatThrownBy(() -> runtime.ledger().submit(sign(overlapping)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::code, Problem::field).containsExactly(
                            tuple(TwinningErrorCode.TWINNING_OVERLAPPING_AGREEMENT, "agreement.sponsorIds[1]"));
                    assertThat(e.problems().get(0).messageVi()).contains("\"so-tai-chinh\"", "\"kn-01\"",
                            "2021-07-01 – 2023-12-31");
                });
        assertThat(store.size()).isEqualTo(recorded);

        runtime.ledger().submit(sign(agreement("kn-03", A_XAN, LocalDate.of(2024, 1, 1), List.of("so-tai-chinh"),
                StandardModels.TRAINING)));
        runtime.ledger().submit(sign(agreement("kn-04", A_XAN, LocalDate.of(2023, 6, 1), List.of("so-y-te"),
                StandardModels.TRAINING)));
        runtime.ledger().submit(sign(agreement("kn-05", TAY_GIANG_DISTRICT, IN_2021, List.of("so-tai-chinh"),
                StandardModels.LIVESTOCK)));
        assertThat(store.size()).isEqualTo(recorded + 3);
    }

    @Test
    void twoProgrammesSharingALedger_eachSignTheirOwnAgreement_butNotTwoOverlappingOnesOfTheSameProgramme() {
        TwinningAgreement pilot = agreement("kn-01", A_XAN, IN_2021, List.of("so-tai-chinh"), StandardModels.LIVESTOCK);
        TwinningAgreement followUp = agreement("kn-02", A_XAN, LocalDate.of(2023, 1, 1), List.of("so-tai-chinh"),
                StandardModels.TRAINING);
        runtime.ledger().forProgramme("quang-nam-2021").submit(sign(pilot));
        runtime.ledger().forProgramme("quang-nam-2023").submit(sign(followUp));

        assertThat(runtime.ledger().read(TwinningRegistry.class, (TwinningRegistry registry) -> registry.programmeOf("kn-02")))
                .contains("quang-nam-2023");
        assertThatThrownBy(() -> runtime.ledger().forProgramme("quang-nam-2023").submit(sign(TwinningAgreement.builder()
                .from(followUp).id("kn-03").build())))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems()).extracting(Problem::code)
                        .containsExactly(TwinningErrorCode.TWINNING_OVERLAPPING_AGREEMENT));
        // an agreement recorded for no programme (an earlier version, a host of one programme) counts for every one
        runtime.ledger().submit(sign(agreement("kn-05", A_XAN, IN_2021, List.of("so-y-te"), StandardModels.VILLAGE)));
        assertThatThrownBy(() -> runtime.ledger().forProgramme("quang-nam-2023").submit(sign(agreement("kn-06", A_XAN,
                LocalDate.of(2023, 1, 1), List.of("so-y-te"), StandardModels.VILLAGE))))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems()).extracting(Problem::code)
                        .containsExactly(TwinningErrorCode.TWINNING_OVERLAPPING_AGREEMENT));
        assertThatThrownBy(() -> runtime.ledger().submit(sign(agreement("kn-07", A_XAN, LocalDate.of(2024, 1, 1),
                List.of("so-tai-chinh"), StandardModels.VILLAGE))))
                .as("recorded for no programme, it meets the pilot's agreement and the follow-up's")
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems()).extracting(Problem::code)
                        .containsExactly(TwinningErrorCode.TWINNING_OVERLAPPING_AGREEMENT,
                                TwinningErrorCode.TWINNING_OVERLAPPING_AGREEMENT));
    }

    @Test
    void anAgreementEndedEarly_leavesItsSponsorFreeToSignAgainFromTheDayAfter() {
        runtime.ledger().submit(sign(agreement("kn-01", A_XAN, IN_2021, List.of("so-y-te"), StandardModels.LIVESTOCK)));
        runtime.ledger().submit(EndAgreement.builder().actor(org.ketnghia.testing.Fixtures.PROVINCE)
                .unitCode(TwinningFixtures.QUANG_NAM).occurredOn(LocalDate.of(2022, 6, 30)).agreementId("kn-01")
                .lastDay(LocalDate.of(2022, 6, 30)).reasonVi("Đơn vị kết nghĩa được sắp xếp lại").build());

        assertThatThrownBy(() -> runtime.ledger().submit(sign(agreement("kn-02", A_XAN, LocalDate.of(2022, 6, 30),
                List.of("so-y-te"), StandardModels.LIVESTOCK))))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.code())
                        .isEqualTo(TwinningErrorCode.TWINNING_OVERLAPPING_AGREEMENT));
        runtime.ledger().submit(sign(agreement("kn-02", A_XAN, LocalDate.of(2022, 7, 1), List.of("so-y-te"),
                StandardModels.LIVESTOCK)));
        assertThat(runtime.ledger().read(TwinningRegistry.class, (TwinningRegistry registry) -> registry.agreement("kn-02")))
                .isPresent();
    }

    @Test
    void everyProblemOfAnAgreement_isReportedAtOnce_andNothingIsAppended() {
        runtime.ledger().submit(sign(agreement("kn-01", A_XAN, IN_2021, List.of("so-y-te"), StandardModels.TRAINING)));
        TwinningAgreement broken = TwinningAgreement.builder()
                .id("kn-01")
                .recipientUnitCode(HUNG_SON) // Hùng Sơn exists only from 1 July 2025
                .validFrom(IN_2021).validTo(LocalDate.of(2021, 6, 30))
                .sponsorIds(List.of("so-tai-chinh", "so-nowhere", "so-tai-chinh"))
                .modelIds(List.of(StandardModels.LIVESTOCK, "Chăn nuôi", StandardModels.LIVESTOCK))
                .addCommitment(Commitment.of(StandardModels.VILLAGE, "Tiêu chí giao thông"))
                .addCommitment(Commitment.of(StandardModels.LIVESTOCK, " ", Money.ofDong(-1)))
                .addCommitment(Commitment.of(StandardModels.LIVESTOCK, "Lần hai"))
                .build();

        assertThatThrownBy(() -> runtime.ledger().submit(sign(broken)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code, Problem::field)
                        .containsExactly(
                                tuple(TwinningErrorCode.TWINNING_DUPLICATE_AGREEMENT, "agreement.id"),
                                tuple(TwinningErrorCode.TWINNING_UNKNOWN_SPONSOR, "agreement.sponsorIds[1]"),
                                tuple(CoreErrorCode.VALUE_DUPLICATE, "agreement.sponsorIds[2]"),
                                tuple(TwinningErrorCode.TWINNING_RECIPIENT_NOT_FOUND, "agreement.recipientUnitCode"),
                                tuple(CoreErrorCode.PERIOD_INVERTED, "agreement.validTo"),
                                tuple(TwinningErrorCode.TWINNING_INVALID_MODEL_ID, "agreement.modelIds[1]"),
                                tuple(CoreErrorCode.VALUE_DUPLICATE, "agreement.modelIds[2]"),
                                tuple(TwinningErrorCode.TWINNING_COMMITMENT_MODEL_NOT_CHOSEN, "agreement.commitments[0].modelId"),
                                tuple(CoreErrorCode.VALUE_BLANK, "agreement.commitments[1].descriptionVi"),
                                tuple(TwinningErrorCode.TWINNING_PLEDGE_NOT_POSITIVE, "agreement.commitments[1].pledgedAmount"),
                                tuple(CoreErrorCode.VALUE_DUPLICATE, "agreement.commitments[2].modelId")));
        assertThat(store.size()).isEqualTo(3);
        assertThat(runtime.ledger().read(TwinningRegistry.class, TwinningRegistry::agreements)).hasSize(1);
    }

    @Test
    void agreementWithoutSponsorsOrModels_isRejected() {
        TwinningAgreement empty = agreement(" ", A_XAN, IN_2021, List.of());

        assertThatThrownBy(() -> runtime.ledger().submit(sign(empty)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code, Problem::field)
                        .containsExactly(
                                tuple(CoreErrorCode.VALUE_BLANK, "agreement.id"),
                                tuple(TwinningErrorCode.TWINNING_NO_SPONSOR, "agreement.sponsorIds"),
                                tuple(TwinningErrorCode.TWINNING_NO_MODEL, "agreement.modelIds")));
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void recipientMustBeACommuneOrDistrict() {
        TwinningAgreement withProvince = agreement("kn-02", "QNA", IN_2021, List.of("so-y-te"), StandardModels.TRAINING);

        assertThatThrownBy(() -> runtime.ledger().submit(sign(withProvince)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(TwinningErrorCode.TWINNING_RECIPIENT_LEVEL);
                    assertThat(e.problems().get(0).arguments()).containsExactly("QNA", "province");
                });
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void aDistrictCannotBeTwinnedAfterItWasAbolished() {
        TwinningAgreement late = agreement("kn-03", TAY_GIANG_DISTRICT, LocalDate.of(2025, 7, 1), List.of("so-y-te"),
                StandardModels.TRAINING);

        assertThatThrownBy(() -> runtime.ledger().submit(sign(late)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(TwinningErrorCode.TWINNING_RECIPIENT_NOT_FOUND));
    }

    @Test
    void modelsOutsideTheStandardFour_areAccepted() {
        runtime.ledger().submit(sign(agreement("kn-04", A_XAN, IN_2021, List.of("so-y-te"), "fish-farming")));

        assertThat(runtime.ledger().read(TwinningRegistry.class, (TwinningRegistry registry) -> registry.agreement("kn-04")))
                .hasValueSatisfying(agreement -> assertThat(agreement.modelIds()).containsExactly("fish-farming"));
    }
}
