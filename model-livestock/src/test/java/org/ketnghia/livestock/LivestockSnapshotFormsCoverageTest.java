package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.disclosure.BeneficiarySupport;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.ledger.CodeFingerprint;
import org.ketnghia.core.ledger.EventSchemas;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.herd.AnimalsHandedOver;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * Which classes outside its nest each livestock projection names as shaping its state (read from its fold), so that
 * dropping one is seen; and that every class named is outside the nests already fingerprinted. And core's {@code
 * SupportLedger}, which folds every {@code BeneficiarySupport}, covers the model's {@code AnimalsHandedOver} with no
 * code of the model's: installing the model changes its code fingerprint.
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

    @Test
    void noLivestockProjection_foldsEventsByAnInterface() {
        FORMS.forEach((projection, form) -> assertThat(form.coveredEventsOf()).as(projection.getSimpleName()).isEmpty());
    }

    @Test
    void theSupportLedger_coversTheAnimalsHandedOver_whenTheModelIsInstalled() {
        EventSchemas withLivestock = KetnghiaRuntime.builder().addModel(new LivestockModel(LivestockProgramme.quangNam2021()))
                .administrativeUnits(Participants.units()).clock(Fixtures.CLOCK).build().eventSchemas();
        EventSchemas coreAlone = KetnghiaRuntime.builder().administrativeUnits(Participants.units()).clock(Fixtures.CLOCK)
                .build().eventSchemas();

        assertThat(withLivestock.eventTypesAssignableTo(BeneficiarySupport.class)).containsExactly(AnimalsHandedOver.class);
        assertThat(CodeFingerprint.of(SupportLedger.class, SupportLedger.SNAPSHOT_FORM, withLivestock))
                .isNotEqualTo(CodeFingerprint.of(SupportLedger.class, SupportLedger.SNAPSHOT_FORM, coreAlone));
    }
}
