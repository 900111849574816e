package org.ketnghia.examples.site;

/** What an indicator's number is, which decides how it is written and charted. */
public enum ValueKind {
    /** An amount in đồng, written whole and charted in đồng, triệu or tỷ đồng. */
    MONEY,
    /** A share of one (0.5), written and charted as a percentage (50 %). */
    SHARE,
    /** A count or another quantity in its own unit (hộ, con, lớp…). */
    COUNT
}
