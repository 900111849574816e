package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.CodeFingerprint;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.herd.Herd;

/**
 * Which classes outside its nest each livestock projection names as shaping its state (read from its fold), so that
 * dropping one is seen; and that every class named is outside the nests already fingerprinted.
 */
class LivestockSnapshotFormsCoverageTest {

    private static final String KETNGHIA = "org.ketnghia.";

    private static final Map<Class<? extends Projection>, SnapshotForm<?, ?>> FORMS = Map.of(
            HouseholdGroups.class, HouseholdGroups.snapshotForm(),
            Herd.class, Herd.snapshotForm());

    private static List<String> coveredOf(Class<? extends Projection> projection) {
        return FORMS.get(projection).covered().stream().map(type -> type.getName().substring(KETNGHIA.length()))
                .toList();
    }

    @Test
    void theHerd_namesTheAnimalsObligationsAndSalesItKeeps_andTheFundingRulesThatMoveARevolvingFund() {
        assertThat(coveredOf(Herd.class)).containsExactly("livestock.herd.Animal", "livestock.herd.AnimalStatus",
                "livestock.herd.Obligation", "livestock.herd.AnimalSale", "core.funding.CommuneFunds",
                "core.funding.ReceiptRecorded", "core.funding.ExpenditureRecorded");
    }

    @Test
    void theHerdsFingerprint_isNotThatOfItsTwoTypesAlone_soASnapshotSavedBeforeIsReplayed() {
        SnapshotForm<?, ?> form = FORMS.get(Herd.class);

        assertThat(CodeFingerprint.of(Herd.class, form)).get()
                .isNotEqualTo(CodeFingerprint.of(List.of(Herd.class, form.stateType())).orElseThrow());
    }

    @Test
    void householdGroups_namesTheFoundingDecisionItRebuildsWhenMembersAreAdded() {
        assertThat(coveredOf(HouseholdGroups.class)).containsExactly("livestock.group.GroupFounded");
    }

    @Test
    void everyClassNamed_isOutsideTheNestsOfTheProjectionAndItsState() {
        FORMS.forEach((projection, form) -> form.covered().forEach(covered -> assertThat(covered.getNestHost())
                .as(projection.getSimpleName() + " covering " + covered.getSimpleName())
                .isNotEqualTo(projection.getNestHost()).isNotEqualTo(form.stateType().getNestHost())));
    }
}
