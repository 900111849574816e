package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.CodeFingerprint;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.startup.project.ApplicationApproved;
import org.ketnghia.startup.project.StartupProjects;

/**
 * The start-up model's projection names the one class outside its nest that shapes its state: {@code
 * ApplicationApproved}, whose generated builder rebuilds an approval it amends (its checks would shape what is kept),
 * so that dropping it is seen; the fingerprint then differs from that of its two types alone.
 */
class StartupSnapshotFormsCoverageTest {

    @Test
    void startupProjects_namesTheApprovalItRebuilds_soASnapshotSavedBeforeIsReplayed() {
        SnapshotForm<?, ?> form = StartupProjects.snapshotForm();

        assertThat(form.covered()).containsExactly(ApplicationApproved.class);
        assertThat(CodeFingerprint.of(StartupProjects.class, form)).get()
                .isNotEqualTo(CodeFingerprint.of(List.of(StartupProjects.class, form.stateType())).orElseThrow());
    }
}
