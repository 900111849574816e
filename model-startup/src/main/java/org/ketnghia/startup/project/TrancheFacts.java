package org.ketnghia.startup.project;

import java.util.List;

/**
 * What a tranche pays (<i>đợt giải ngân</i>), declared once for the command ({@link DisburseTranche}) and
 * the event ({@link TrancheDisbursed}, which adds the public-list facts).
 */
public interface TrancheFacts {

    /** The application. */
    String applicationId();

    /** The tranche, as planned at approval. */
    int trancheNumber();

    /** What is paid, per item. */
    List<ItemAmount> items();

    /** Id of the funding expenditure. */
    String expenditureId();
}
