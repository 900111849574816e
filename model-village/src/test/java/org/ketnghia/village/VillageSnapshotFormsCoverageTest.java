package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.CodeFingerprint;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.village.scheme.VillageRegistry;

/**
 * The village model's projection folds within its nest (its events' accessors; whether a criterion is met is
 * computed when asked, not kept): its snapshot form names no further class, so that its snapshots saved before
 * covering existed are still restored. (No test can see a class missing from a form: naming them is the author's part.)
 */
class VillageSnapshotFormsCoverageTest {

    @Test
    void villageRegistry_foldsWithinItsNest_namesNothing_andKeepsTheFingerprintOfItsTwoTypes() {
        SnapshotForm<?, ?> form = VillageRegistry.snapshotForm();

        assertThat(form.covered()).isEmpty();
        assertThat(CodeFingerprint.of(VillageRegistry.class, form))
                .isEqualTo(CodeFingerprint.of(List.of(VillageRegistry.class, form.stateType())));
    }
}
