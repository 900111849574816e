package org.ketnghia.startup.project;

import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;

/**
 * A yearly follow-up of a start-up (<i>theo dõi, đánh giá hằng năm</i>), declared once for the command
 * ({@link RecordFollowUp}) and the event ({@link FollowUpRecorded}).
 */
public interface FollowUpFacts {

    /** The application. */
    String applicationId();

    /** The year since approval (1, 2, 3, …). */
    int year();

    /** Whether the business still operates. */
    boolean stillOperating();

    /** The revenue of the year. */
    Money revenue();

    /** Jobs created. */
    int jobsCreated();

    /** Of which for women; 0 unless given. */
    @Value.Default
    default int jobsForWomen() {
        return 0;
    }

    /** Of which for ethnic-minority workers; 0 unless given. */
    @Value.Default
    default int jobsForEthnicMinorities() {
        return 0;
    }

    /** Products certified this year, e.g. "OCOP 3 sao". */
    List<String> certifications();
}
