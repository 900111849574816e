package org.ketnghia.livestock.herd;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A correction of the animal register as recorded (<i>lịch sử đính chính</i>): when, and the correction
 * event itself ({@link BirthReversed}, {@link DeathReversed} or {@link SaleCorrected}) with its reason and
 * reference. The record it corrects stays in the ledger. Immutable.
 *
 * @param recordedOn the date the correction was recorded
 * @param correction the correction
 */
public record HerdCorrection(LocalDate recordedOn, CorrectionFacts correction) {

    /** Checks that no part is missing. */
    public HerdCorrection {
        requireNonNull(recordedOn, "recordedOn");
        requireNonNull(correction, "correction");
    }
}
