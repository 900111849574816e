package org.ketnghia.startup.project;

/** How a start-up project ended. */
public enum ProjectOutcome {
    /** Kết thúc, hoàn thành. */
    COMPLETED,
    /** Thất bại, ngừng hoạt động. */
    FAILED
}
