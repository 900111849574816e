package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.CodeFingerprint;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.training.course.OfficialRoster;
import org.ketnghia.training.course.TrainingRecords;
import org.ketnghia.training.household.HouseholdTraining;

/**
 * Which classes outside its nest each training projection names as shaping its state (read from its fold), so that
 * dropping one is seen; that their fingerprints are not those of their two types alone; and that every class named
 * is outside the nests already fingerprinted.
 */
class TrainingSnapshotFormsCoverageTest {

    private static final String KETNGHIA = "org.ketnghia.";

    private static final Map<Class<? extends Projection>, SnapshotForm<?, ?>> FORMS = Map.of(
            TrainingRecords.class, TrainingRecords.snapshotForm(),
            OfficialRoster.class, OfficialRoster.snapshotForm(),
            HouseholdTraining.class, HouseholdTraining.snapshotForm());

    private static List<String> coveredOf(Class<? extends Projection> projection) {
        return FORMS.get(projection).covered().stream().map(type -> type.getName().substring(KETNGHIA.length()))
                .toList();
    }

    @Test
    void eachTrainingProjection_namesTheClassesOutsideItsNestThatShapeItsState() {
        assertThat(coveredOf(OfficialRoster.class)).containsExactly("core.participant.Person");
        assertThat(coveredOf(HouseholdTraining.class)).containsExactly("training.household.HouseholdParticipant");
        assertThat(coveredOf(TrainingRecords.class)).containsExactly("training.course.TrainingClass");
    }

    @Test
    void theFingerprintsOfTheProjectionsThatNameClasses_areNotThoseOfTheirTwoTypesAlone() {
        for (Class<? extends Projection> projection : FORMS.keySet()) {
            SnapshotForm<?, ?> form = FORMS.get(projection);

            assertThat(CodeFingerprint.of(projection, form)).as(projection.getSimpleName()).get()
                    .isNotEqualTo(CodeFingerprint.of(List.of(projection, form.stateType())).orElseThrow());
        }
    }

    @Test
    void everyClassNamed_isOutsideTheNestsOfTheProjectionAndItsState() {
        FORMS.forEach((projection, form) -> form.covered().forEach(covered -> assertThat(covered.getNestHost())
                .as(projection.getSimpleName() + " covering " + covered.getSimpleName())
                .isNotEqualTo(projection.getNestHost()).isNotEqualTo(form.stateType().getNestHost())));
    }
}
