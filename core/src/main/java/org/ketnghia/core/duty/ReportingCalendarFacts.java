package org.ketnghia.core.duty;

import java.util.List;

/** The facts of a declaration of reporting duties, declared once for {@link DeclareReportingDuties} and {@link ReportingDutiesDeclared}. */
public interface ReportingCalendarFacts {

    /** The programme. */
    String programmeId();

    /** The duties declared. */
    List<ReportingDuty> duties();
}
