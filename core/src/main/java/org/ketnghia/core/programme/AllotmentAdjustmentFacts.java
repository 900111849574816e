package org.ketnghia.core.programme;

import org.ketnghia.core.money.Money;

/**
 * The facts of an approved adjustment of what the plan allots to a model in a district (<i>điều chỉnh kinh
 * phí</i>), declared once for {@link AdjustAllotment} and {@link AllotmentAdjusted}.
 */
public interface AllotmentAdjustmentFacts {

    /** The programme. */
    String programmeId();

    /** The district (or commune) of the allotment. */
    String allotmentUnitCode();

    /** The model. */
    String modelId();

    /** The new allotment, in đồng. */
    Money amount();

    /** The act that approves the adjustment. */
    String decision();

    /** Why, in Vietnamese. */
    String reasonVi();
}
