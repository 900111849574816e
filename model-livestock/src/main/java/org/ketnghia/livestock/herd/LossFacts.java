package org.ketnghia.livestock.herd;

/**
 * The facts of a loss or theft (<i>thất lạc, bị trộm</i>), declared once for {@link RecordLoss} and
 * {@link AnimalLost}.
 */
public interface LossFacts {

    /** The animal. */
    String earTag();

    /** Whether it was stolen rather than lost. */
    boolean stolen();

    /** The report's reference. */
    String reportReference();
}
