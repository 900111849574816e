/**
 * What the training model records through the ledger: officials' postings after registration (a
 * new commune after 1 July 2025, departures), classes (<i>lớp bồi dưỡng</i>) with their organiser,
 * level rule, topics, session days, venue, trainers, capacity and cost, enrolment, attendance per
 * session, pre- and post-test scores, certificates; the commands that validate each step and the
 * projections ({@link org.ketnghia.training.course.TrainingRecords}, {@link
 * org.ketnghia.training.course.OfficialRoster}) folded from the events.
 */
@KetnghiaStyle
package org.ketnghia.training.course;

import org.ketnghia.core.value.KetnghiaStyle;
