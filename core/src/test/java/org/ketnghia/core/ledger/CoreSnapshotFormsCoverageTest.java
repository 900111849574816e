package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.approval.ApprovalRegister;
import org.ketnghia.core.disclosure.BeneficiarySupport;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.duty.ReportingDuties;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.settlement.FundingSettlements;
import org.ketnghia.core.grievance.GrievanceRegister;
import org.ketnghia.core.inspection.InspectionRegistry;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.PovertyReviewRegister;
import org.ketnghia.core.programme.ProgrammeRegistry;
import org.ketnghia.core.simulation.LedgerOrigin;
import org.ketnghia.core.twinning.ModelPlanRegistry;
import org.ketnghia.core.twinning.TaskTeamRegistry;
import org.ketnghia.core.twinning.TwinningRegistry;

/**
 * Which classes outside its nest each core projection names as shaping its state (read from its fold), so that
 * dropping one is seen; which fold events by an interface other modules implement ({@link
 * SnapshotForm#coveringEventsOf}); and that every class named is outside the nests already fingerprinted.
 */
class CoreSnapshotFormsCoverageTest {

    private static final String CORE = "org.ketnghia.core.";

    private static final Map<Class<? extends Projection>, SnapshotForm<?, ?>> FORMS = Map.ofEntries(
            Map.entry(ParticipantRegistry.class, ParticipantRegistry.SNAPSHOT_FORM),
            Map.entry(PovertyReviewRegister.class, PovertyReviewRegister.SNAPSHOT_FORM),
            Map.entry(TwinningRegistry.class, TwinningRegistry.SNAPSHOT_FORM),
            Map.entry(TaskTeamRegistry.class, TaskTeamRegistry.SNAPSHOT_FORM),
            Map.entry(ModelPlanRegistry.class, ModelPlanRegistry.SNAPSHOT_FORM),
            Map.entry(FundingLedger.class, FundingLedger.SNAPSHOT_FORM),
            Map.entry(FundingSettlements.class, FundingSettlements.SNAPSHOT_FORM),
            Map.entry(SupportLedger.class, SupportLedger.SNAPSHOT_FORM),
            Map.entry(ProgrammeRegistry.class, ProgrammeRegistry.SNAPSHOT_FORM),
            Map.entry(ApprovalRegister.class, ApprovalRegister.SNAPSHOT_FORM),
            Map.entry(InspectionRegistry.class, InspectionRegistry.SNAPSHOT_FORM),
            Map.entry(GrievanceRegister.class, GrievanceRegister.SNAPSHOT_FORM),
            Map.entry(ReportingDuties.class, ReportingDuties.SNAPSHOT_FORM),
            Map.entry(LedgerOrigin.class, LedgerOrigin.SNAPSHOT_FORM));

    private static List<String> coveredOf(Class<? extends Projection> projection) {
        return FORMS.get(projection).covered().stream().map(type -> type.getName().substring(CORE.length())).toList();
    }

    @Test
    void eachCoreProjection_namesTheClassesOutsideItsNestThatShapeItsState() {
        assertThat(coveredOf(FundingLedger.class)).containsExactly("funding.CommuneFunds",
                "funding.CounterpartContributionRecorded", "funding.PledgeMade", "funding.ReceiptRecorded",
                "funding.ExpenditureRecorded", "funding.FundReceipt", "funding.FundLots");
        assertThat(coveredOf(FundingSettlements.class)).containsExactly("funding.settlement.SettlementCalculator",
                "funding.CounterpartContributionRecorded");
        assertThat(coveredOf(ParticipantRegistry.class)).containsExactly("participant.StatusHistory",
                "participant.HouseholdsMerged", "participant.AbsorbedMember");
        assertThat(coveredOf(SupportLedger.class)).containsExactly("disclosure.PublicHousehold",
                "disclosure.YearHistory");
        assertThat(coveredOf(ReportingDuties.class)).containsExactly("duty.Obligation", "duty.Reporter",
                "duty.ReportTrail");
        assertThat(coveredOf(ApprovalRegister.class)).containsExactly("approval.ApprovalRequest");
        assertThat(coveredOf(GrievanceRegister.class)).containsExactly("grievance.ComplaintFile");
        assertThat(coveredOf(ModelPlanRegistry.class)).containsExactly("twinning.ModelPlan");
    }

    /**
     * Only {@code SupportLedger} folds events by a payload interface ({@code payload instanceof BeneficiarySupport});
     * every other core projection folds core event classes it names, or none.
     */
    @Test
    void theProjectionsFoldingEventsByAnInterface_declareIt_andNoOtherDoes() {
        assertThat(SupportLedger.SNAPSHOT_FORM.coveredEventsOf()).containsExactly(BeneficiarySupport.class);
        FORMS.forEach((projection, form) -> {
            if (projection != SupportLedger.class) {
                assertThat(form.coveredEventsOf()).as(projection.getSimpleName()).isEmpty();
            }
        });
    }

    @Test
    void theProjectionsWhoseFoldStaysInTheirNest_nameNothing_andKeepTheFingerprintOfTheirTwoTypes() {
        for (Class<? extends Projection> projection : List.of(PovertyReviewRegister.class, TwinningRegistry.class,
                TaskTeamRegistry.class, ProgrammeRegistry.class, InspectionRegistry.class,
                LedgerOrigin.class)) {
            SnapshotForm<?, ?> form = FORMS.get(projection);
            assertThat(form.covered()).as(projection.getSimpleName()).isEmpty();
            assertThat(CodeFingerprint.of(projection, form)).as(projection.getSimpleName())
                    .isEqualTo(CodeFingerprint.of(List.of(projection, form.stateType())));
        }
    }

    @Test
    void everyClassNamed_isOutsideTheNestsOfTheProjectionAndItsState() {
        FORMS.forEach((projection, form) -> form.covered().forEach(covered -> assertThat(covered.getNestHost())
                .as(projection.getSimpleName() + " covering " + covered.getSimpleName())
                .isNotEqualTo(projection.getNestHost()).isNotEqualTo(form.stateType().getNestHost())));
    }
}
