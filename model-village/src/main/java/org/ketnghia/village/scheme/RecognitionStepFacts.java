package org.ketnghia.village.scheme;

import org.immutables.value.Value;

/**
 * What is known of a step of the recognition workflow (<i>bước xét công nhận thôn đạt chuẩn</i>):
 * the step, its document and, for an inspection, whether it failed. Declared once for the command
 * that records a step ({@link RecordRecognitionStep}) and the event it becomes ({@link
 * RecognitionStepRecorded}), which adds the village. Implementations are immutable.
 */
public interface RecognitionStepFacts {

    /** The step. */
    RecognitionStep step();

    /** The document of the step (minutes, proposal, inspection report, dossier); never blank. */
    String documentReference();

    /** For an inspection: true when it found the village not up to standard; false by default. */
    @Value.Default
    default boolean failed() {
        return false;
    }
}
