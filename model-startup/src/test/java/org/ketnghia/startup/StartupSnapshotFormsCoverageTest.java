package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.disclosure.BeneficiarySupport;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.ledger.CodeFingerprint;
import org.ketnghia.core.ledger.EventSchemas;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.startup.project.ApplicationApproved;
import org.ketnghia.startup.project.StartupProjects;
import org.ketnghia.startup.project.TrancheDisbursed;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * The start-up model's projection names the one class outside its nest that shapes its state: {@code
 * ApplicationApproved}, whose generated builder rebuilds an approval it amends (its checks would shape what is kept),
 * so that dropping it is seen; the fingerprint then differs from that of its two types alone. And core's {@code
 * SupportLedger}, which folds every {@code BeneficiarySupport}, covers the model's {@code TrancheDisbursed} with no
 * code of the model's: installing the model changes its code fingerprint.
 */
class StartupSnapshotFormsCoverageTest {

    @Test
    void startupProjects_namesTheApprovalItRebuilds_soASnapshotSavedBeforeIsReplayed() {
        SnapshotForm<?, ?> form = StartupProjects.snapshotForm();

        assertThat(form.covered()).containsExactly(ApplicationApproved.class);
        assertThat(CodeFingerprint.of(StartupProjects.class, form)).get()
                .isNotEqualTo(CodeFingerprint.of(List.of(StartupProjects.class, form.stateType())).orElseThrow());
        assertThat(form.coveredEventsOf()).isEmpty();
    }

    @Test
    void theSupportLedger_coversTheTranchesDisbursed_whenTheModelIsInstalled() {
        EventSchemas withStartup = KetnghiaRuntime.builder().addModel(new StartupModel(StartupConfiguration.quangNam2021()))
                .administrativeUnits(Participants.units()).clock(Fixtures.CLOCK).build().eventSchemas();
        EventSchemas coreAlone = KetnghiaRuntime.builder().administrativeUnits(Participants.units()).clock(Fixtures.CLOCK)
                .build().eventSchemas();

        assertThat(withStartup.eventTypesAssignableTo(BeneficiarySupport.class)).containsExactly(TrancheDisbursed.class);
        assertThat(CodeFingerprint.of(SupportLedger.class, SupportLedger.SNAPSHOT_FORM, withStartup))
                .isNotEqualTo(CodeFingerprint.of(SupportLedger.class, SupportLedger.SNAPSHOT_FORM, coreAlone));
    }
}
