package org.ketnghia.core.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.core.twinning.TwinningFixtures.A_XAN;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2021;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2022;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2026;
import static org.ketnghia.core.twinning.TwinningFixtures.NAM_GIANG_DISTRICT;
import static org.ketnghia.core.twinning.TwinningFixtures.agreement;
import static org.ketnghia.core.twinning.TwinningFixtures.department;
import static org.ketnghia.core.twinning.TwinningFixtures.register;
import static org.ketnghia.core.twinning.TwinningFixtures.runtime;
import static org.ketnghia.core.twinning.TwinningFixtures.sign;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;

class TwoOfFourRuleTest {

    private static final String DANG = "QNA.TAY-GIANG.DANG";
    private static final String CA_DY = "QNA.NAM-GIANG.CA-DY";

    private final Ledger ledger = runtime(new InMemoryEventStore()).ledger();

    @BeforeEach
    void registerSponsors() {
        ledger.submit(register(department("so-tai-chinh", "Sở Tài chính")));
        ledger.submit(register(department("so-y-te", "Sở Y tế")));
        ledger.submit(register(department("so-xay-dung", "Sở Xây dựng")));
    }

    @Test
    void twoSponsorsWithOneDifferentModelEach_satisfyTheRule() {
        ledger.submit(sign(agreement("kn-1", A_XAN, IN_2021, List.of("so-tai-chinh"), StandardModels.LIVESTOCK)));
        ledger.submit(sign(agreement("kn-2", A_XAN, IN_2021, List.of("so-y-te"), StandardModels.TRAINING)));

        ModelChoiceCheck check = TwoOfFourRule.standard().check(ledger, IN_2022);

        assertThat(check.satisfied()).isTrue();
        assertThat(check.checkedCommuneCodes()).containsExactly(A_XAN);
        assertThat(check.problems()).isEmpty();
    }

    @Test
    void twoSponsorsWithTheSameSingleModel_violateTheRule() {
        ledger.submit(sign(agreement("kn-1", DANG, IN_2021, List.of("so-tai-chinh"), StandardModels.LIVESTOCK)));
        ledger.submit(sign(agreement("kn-2", DANG, IN_2021, List.of("so-y-te"), StandardModels.LIVESTOCK)));

        ModelChoiceCheck check = TwoOfFourRule.standard().check(ledger, IN_2022);

        assertThat(check.satisfied()).isFalse();
        assertThat(check.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.communeCode()).isEqualTo(DANG);
            assertThat(violation.communeName()).isEqualTo("Dang");
            assertThat(violation.sponsorIds()).containsExactly("so-tai-chinh", "so-y-te");
            assertThat(violation.agreementIds()).containsExactly("kn-1", "kn-2");
            assertThat(violation.chosenModelIds()).containsExactly(StandardModels.LIVESTOCK);
            assertThat(violation.missingCount()).isEqualTo(1);
            assertThat(violation.messageVi()).isEqualTo("Dang (QNA.TAY-GIANG.DANG): các đơn vị kết nghĩa Sở Tài chính, "
                    + "Sở Y tế mới cùng chọn 1 trong 4 mô hình (livestock); quy định phải chọn ít nhất 2.");
            assertThat(violation.messageEn()).isEqualTo("Dang (QNA.TAY-GIANG.DANG): its sponsors Sở Tài chính, Sở Y tế "
                    + "together chose 1 of the 4 models (livestock); at least 2 are required.");
        });
        assertThat(check.problems()).extracting(Problem::code, Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TwinningErrorCode.TWINNING_TOO_FEW_MODELS,
                        "communes[QNA.TAY-GIANG.DANG]"));
        assertThatThrownBy(check::throwIfViolated).isInstanceOf(KetnghiaException.class);
    }

    @Test
    void checkListsExactlyTheViolatingCommunes_withDistrictAgreementsCountingForEveryCommune() {
        ledger.submit(sign(agreement("kn-ok", A_XAN, IN_2021, List.of("so-tai-chinh"),
                StandardModels.LIVESTOCK, StandardModels.STARTUP)));
        ledger.submit(sign(agreement("kn-dang", DANG, IN_2021, List.of("so-tai-chinh"), StandardModels.VILLAGE)));
        ledger.submit(sign(agreement("kn-nam-giang", NAM_GIANG_DISTRICT, IN_2021, List.of("so-xay-dung"),
                StandardModels.LIVESTOCK)));
        ledger.submit(sign(agreement("kn-ca-dy", CA_DY, IN_2021, List.of("so-y-te"), StandardModels.TRAINING)));

        ModelChoiceCheck in2022 = TwoOfFourRule.standard().check(ledger, IN_2022);

        assertThat(in2022.checkedCommuneCodes()).hasSize(2 + 12);
        assertThat(in2022.violatingCommuneCodes()).containsExactly(
                "QNA.NAM-GIANG.CHA-VAL", "QNA.NAM-GIANG.CHO-CHUN", "QNA.NAM-GIANG.DAC-PRE", "QNA.NAM-GIANG.DAC-PRING",
                "QNA.NAM-GIANG.DAC-TOI", "QNA.NAM-GIANG.LA-DEE", "QNA.NAM-GIANG.LA-EE", "QNA.NAM-GIANG.TA-BHING",
                "QNA.NAM-GIANG.TA-POO", "QNA.NAM-GIANG.THANH-MY", "QNA.NAM-GIANG.ZUOIH", DANG);

        // after 1 July 2025 Cà Dy is part of Bến Giằng, which keeps the training model; A Xan and Dang merged
        // into Hùng Sơn and Tây Giang
        ModelChoiceCheck in2026 = TwoOfFourRule.standard().check(ledger, IN_2026);
        assertThat(in2026.violatingCommuneCodes()).containsExactly(
                "DNG.DAC-PRING", "DNG.LA-DEE", "DNG.LA-EE", "DNG.NAM-GIANG", "DNG.TAY-GIANG", "DNG.THANH-MY");
        assertThat(in2026.violations()).filteredOn(v -> v.communeCode().equals("DNG.NAM-GIANG")).singleElement()
                .satisfies(v -> assertThat(v.sponsorIds()).containsExactly("so-xay-dung"));
    }

    @Test
    void minimumAndModelSet_areConfigurable_andOtherModelsDoNotCount() {
        ledger.submit(sign(agreement("kn-1", A_XAN, IN_2021, List.of("so-tai-chinh"),
                StandardModels.LIVESTOCK, StandardModels.TRAINING, "fish-farming")));

        assertThat(TwoOfFourRule.standard().check(ledger, IN_2022).satisfied()).isTrue();
        ModelChoiceCheck threeOfFour = TwoOfFourRule.of(3, StandardModels.ids()).check(ledger, IN_2022);
        assertThat(threeOfFour.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.chosenModelIds()).containsExactly("fish-farming", "livestock", "training");
            assertThat(violation.countedModelIds()).containsExactly("livestock", "training");
            assertThat(violation.minimum()).isEqualTo(3);
        });
        assertThat(TwoOfFourRule.of(2, List.of(StandardModels.LIVESTOCK, StandardModels.VILLAGE)).check(ledger, IN_2022)
                .violatingCommuneCodes()).containsExactly(A_XAN);
    }

    @Test
    void invalidRule_isRejected() {
        assertThatThrownBy(() -> TwoOfFourRule.of(5, StandardModels.ids()))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(TwinningErrorCode.TWINNING_INVALID_RULE));
        assertThatThrownBy(() -> TwoOfFourRule.of(0, StandardModels.ids())).isInstanceOf(KetnghiaException.class);
        assertThat(TwoOfFourRule.standard().minimum()).isEqualTo(2);
        assertThat(TwoOfFourRule.standard().modelIds()).containsExactly("livestock", "startup", "training", "village");
    }

    @Test
    void noTwinnedCommune_meansNothingToViolate() {
        ModelChoiceCheck check = TwoOfFourRule.standard().check(ledger, IN_2022);
        assertThat(check.satisfied()).isTrue();
        assertThat(check.checkedCommuneCodes()).isEmpty();
    }
}
