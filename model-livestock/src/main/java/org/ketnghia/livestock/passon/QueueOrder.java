package org.ketnghia.livestock.passon;

/** How the households waiting for a pass-on are ordered. */
public enum QueueOrder {
    /** In the order the group charter lists them (<i>theo thứ tự trong quy chế tổ</i>). */
    CHARTER_ORDER,
    /**
     * By priority ranking: poor before near-poor before newly escaped, ethnic-minority households
     * first within each (<i>ưu tiên hộ đồng bào dân tộc thiểu số</i>), then charter order.
     */
    PRIORITY_RANKING
}
