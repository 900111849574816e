package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.scheme.CriterionStatus;
import org.ketnghia.village.scheme.RecognitionStage;
import org.ketnghia.village.scheme.VillageProgress;
import org.ketnghia.village.scheme.VillageRegistry;

/** A host's own set, different from the sample, runs a zone-2 village to recognition with no code change. */
class SecondCriteriaSetTest {

    private final Ledger ledger = VillageTestKit.runtime().ledger();
    private final CriteriaSet other = CriteriaSetLoadingTest.resource("other-criteria-set.json");

    @Test
    void zone2VillageUnderTheHostsOwnSet_goesFromBaselineToRecognition() {
        ledger.submit(VillageTestKit.adopt(CriteriaSets.sample()));
        ledger.submit(VillageTestKit.adopt(other));
        ledger.submit(VillageTestKit.register(VillageTestKit.AN_PHU_TAY, other.id(), LocalDate.of(2025, 8, 1)));
        ledger.submit(VillageTestKit.baseline(VillageTestKit.AN_PHU_TAY, LocalDate.of(2025, 8, 15),
                VillageTestKit.readings(other, 2, Map.of("sinh-ke", false))));

        VillageProgress atBaseline = progress();
        assertThat(atBaseline.zone()).isEqualTo(2);
        assertThat(atBaseline.criteria()).containsExactly(Map.entry("ha-tang", CriterionStatus.MET),
                Map.entry("sinh-ke", CriterionStatus.NOT_MET));

        ledger.submit(VillageTestKit.measure(VillageTestKit.AN_PHU_TAY, LocalDate.of(2025, 12, 1), false,
                VillageTestKit.readings(other, 2, Map.of())));
        VillageTestKit.stepsToDossier(ledger, VillageTestKit.AN_PHU_TAY, LocalDate.of(2026, 1, 5));
        ledger.submit(VillageTestKit.recognise(VillageTestKit.AN_PHU_TAY, LocalDate.of(2026, 3, 2), "7/QĐ-UBND"));

        assertThat(progress().stage()).isEqualTo(RecognitionStage.RECOGNISED);
        assertThat(progress().criteriaSetId()).isEqualTo("thu-nghiem-2023");
    }

    @Test
    void registrationBeforeTheSetIsInForce_isRefused() {
        ledger.submit(VillageTestKit.adopt(other));
        long before = ledger.lastSequence();

        assertThatThrownBy(() -> ledger.submit(VillageTestKit.register(VillageTestKit.PA_RONG, other.id(),
                LocalDate.of(2022, 6, 1)))).isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(VillageErrorCode.VILLAGE_SET_NOT_IN_FORCE));
        assertThat(ledger.lastSequence()).isEqualTo(before);
    }

    private VillageProgress progress() {
        return ledger.read(VillageRegistry.class, registry -> registry.village(VillageTestKit.AN_PHU_TAY)).orElseThrow();
    }
}
