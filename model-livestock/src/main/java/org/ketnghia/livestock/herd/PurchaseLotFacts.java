package org.ketnghia.livestock.herd;

import java.util.List;

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
}
