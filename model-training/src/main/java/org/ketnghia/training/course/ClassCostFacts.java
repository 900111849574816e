package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;
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

    /**
     * Why the class may cost more than the programme's per-class norm ({@code training.class-cost.<level>}, see
     * {@link org.ketnghia.training.catalogue.TrainingNorms}), <i>lý do chi vượt định mức</i>: required when the
     * class's costs would exceed it, kept on the event. Left out of the JSON when absent, so costs recorded before it
     * existed keep their bytes.
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    Optional<String> aboveNormJustification();
}
