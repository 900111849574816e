package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.CodeFingerprint;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.startup.project.StartupProjects;

/**
 * The start-up model's projection folds within its nest (its events' accessors and the generated builder of an
 * approval it amends): its snapshot form names no further class and keeps the fingerprint of its two types, so that
 * naming one by mistake, or moving part of the fold out without naming it here, is seen.
 */
class StartupSnapshotFormsCoverageTest {

    @Test
    void startupProjects_foldsWithinItsNest_namesNothing_andKeepsTheFingerprintOfItsTwoTypes() {
        SnapshotForm<?, ?> form = StartupProjects.snapshotForm();

        assertThat(form.covered()).isEmpty();
        assertThat(CodeFingerprint.of(StartupProjects.class, form))
                .isEqualTo(CodeFingerprint.of(List.of(StartupProjects.class, form.stateType())));
    }
}
