package org.ketnghia.core.grievance;

/**
 * The deadlines for complaints about a programme's public lists (<i>thời hạn giải quyết phản ánh</i>), declared once
 * for {@link SetGrievanceRules} and {@link GrievanceRulesSet}. Days are calendar days counted from the date received.
 */
public interface GrievanceRulesFacts {

    /** The programme. */
    String programmeId();

    /** Days from receipt by which a complaint must be answered. */
    int daysToAnswer();

    /** Days from receipt by which a complaint must be closed; not fewer than {@link #daysToAnswer()}. */
    int daysToClose();

    /** The act that sets them (e.g. "Quyết định số 45/QĐ-BDT"). */
    String decision();
}
