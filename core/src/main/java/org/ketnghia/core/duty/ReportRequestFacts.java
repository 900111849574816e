package org.ketnghia.core.duty;

/** The facts of an ad-hoc report request, declared once for {@link RequestReport} and {@link ReportRequested}. */
public interface ReportRequestFacts {

    /** The programme. */
    String programmeId();

    /** The request. */
    ReportRequest request();
}
