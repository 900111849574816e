package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of a purchase lot (<i>lô con giống mua về</i>), declared once for the command that
 * records it ({@link RecordPurchaseLot}) and the event that keeps it ({@link PurchaseLotRecorded}).
 */
public interface PurchaseLotFacts {

    /** The lot's id, unique in the programme. */
    String lotId();

    /** The group the animals are for. */
    String groupId();

    /** The supplier (<i>đơn vị cung ứng</i>). */
    String supplier();

    /** The purchase contract's reference. */
    String contractReference();

    /** The animals delivered. */
    List<PurchasedAnimal> animals();

    /**
     * Why the lot's average price per head of a species is above the programme's spending norm
     * (<i>lý do vượt định mức</i>), in Vietnamese; required only then, and kept in the event for the
     * auditors. Absent from the JSON when empty, so lots recorded before it keep their bytes.
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    Optional<String> aboveNormJustification();

    /**
     * Whether the lot is paid from the group's revolving fund (<i>quỹ quay vòng của tổ</i>: cash paid
     * instead of animals) rather than from the commune's fund for the model. Absent from the JSON when
     * false, so lots recorded before it keep their bytes.
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    default boolean paidFromRevolvingFund() {
        return false;
    }
}
