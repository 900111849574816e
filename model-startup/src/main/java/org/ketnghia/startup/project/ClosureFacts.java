package org.ketnghia.startup.project;

/**
 * How and why a start-up project ended (<i>kết thúc hoặc thất bại</i>), declared once for the command
 * ({@link CloseProject}) and the event ({@link ProjectClosed}).
 */
public interface ClosureFacts {

    /** The application. */
    String applicationId();

    /** Completed or failed. */
    ProjectOutcome outcome();

    /** Why, in Vietnamese. */
    String reasonVi();
}
