package org.ketnghia.startup.project;

/**
 * A milestone reached (<i>mốc nghiệm thu</i>) and its proof, declared once for the command ({@link
 * RecordMilestone}) and the event ({@link MilestoneReached}).
 */
public interface MilestoneFacts {

    /** The application. */
    String applicationId();

    /** The milestone. */
    String milestoneId();

    /** The record that proves it (<i>biên bản</i>). */
    String evidence();
}
