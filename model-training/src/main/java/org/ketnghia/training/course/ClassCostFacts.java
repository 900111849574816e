package org.ketnghia.training.course;

import org.ketnghia.core.money.Money;

/**
 * A cost of a class (<i>chi phí tổ chức lớp</i>), said once for the command that records it ({@link
 * RecordClassCost}) and the event ({@link ClassCostRecorded}, which adds whether the commune's fund
 * paid it).
 *
 * <p>Implementations are immutable values.
 */
public interface ClassCostFacts {

    /** The class. */
    String classId();

    /** The cost id, unique in the programme (also the expenditure id when paid from a commune fund). */
    String costId();

    /** What was paid for. */
    String description();

    /** How much; positive. */
    Money amount();

    /** The voucher (<i>chứng từ</i>). */
    String documentReference();
}
