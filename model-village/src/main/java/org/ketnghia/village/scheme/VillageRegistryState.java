package org.ketnghia.village.scheme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.village.criteria.CriteriaSet;

/**
 * The whole state of {@link VillageRegistry} as its snapshot saves it (<i>ảnh chụp sổ theo dõi thôn</i>): the
 * criteria sets in the order adopted, the villages in the order registered with their measurements in the order
 * recorded, and the decision numbers in use, sorted.
 */
record VillageRegistryState(List<CriteriaSet> criteriaSets, List<Village> villages, List<String> decisionNumbers) {

    /** Copies every list. */
    VillageRegistryState {
        criteriaSets = List.copyOf(criteriaSets);
        villages = List.copyOf(villages);
        decisionNumbers = List.copyOf(decisionNumbers);
    }

    /** A village in the scheme as it stands. */
    record Village(
            String code,
            String communeCode,
            String setId,
            int zone,
            LocalDate registeredOn,
            RecognitionStage stage,
            LocalDate stageSince,
            Optional<LocalDate> baselineOn,
            Optional<LocalDate> lastMeasuredOn,
            List<Measurement> measurements,
            List<VillageRegistry.ReadingCorrection> corrections,
            List<SponsorAssignment> assignments,
            Optional<String> recognitionDecision,
            Optional<LocalDate> recognisedOn,
            Optional<LocalDate> reassessedOn,
            Optional<LocalDate> revokedOn) {
        Village {
            measurements = List.copyOf(measurements);
            corrections = List.copyOf(corrections);
            assignments = List.copyOf(assignments);
        }
    }

    /** The readings in force of one baseline or measurement event, in the order recorded. */
    record Measurement(long sequence, List<VillageRegistry.DatedReading> readings) {
        Measurement {
            readings = List.copyOf(readings);
        }
    }
}
