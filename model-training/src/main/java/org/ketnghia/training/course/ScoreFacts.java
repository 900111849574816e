package org.ketnghia.training.course;

import java.util.Map;

/**
 * Test scores of a class (<i>điểm kiểm tra</i>), said once for the command that records them
 * ({@link RecordScores}) and the event ({@link ScoresRecorded}).
 *
 * <p>Implementations are immutable values.
 */
public interface ScoreFacts {

    /** The class. */
    String classId();

    /** Which test: before or after the class. */
    ScoreTest test();

    /** Score by official id, each on the class's scale; at least one. */
    Map<String, Integer> scores();
}
