package org.ketnghia.livestock.herd;

/**
 * The facts every correction of the animal register names (<i>đính chính sổ đàn giống</i>): the animal whose
 * record was a mistake, why, and the document that establishes it. Declared once for the correction commands
 * and events; a correction is a new event, the record it corrects stays in the ledger.
 */
public interface CorrectionFacts {

    /** The ear tag of the animal whose record is corrected. */
    String earTag();

    /** Why the record was a mistake, in Vietnamese. */
    String reason();

    /** The minutes or decision establishing the correction (<i>biên bản, quyết định đính chính</i>). */
    String correctionReference();
}
