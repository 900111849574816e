package org.ketnghia.livestock.herd;

/**
 * The facts of an obligation waived by the commune (<i>miễn nghĩa vụ quay vòng</i>), declared once for
 * {@link WaiveObligation} and {@link ObligationWaived}.
 */
public interface WaiverFacts {

    /** The obligation. */
    String obligationId();

    /** Why, in Vietnamese. */
    String reason();

    /** The decision's reference. */
    String decisionReference();
}
