/**
 * What the training model records through the ledger — its API: officials' postings after
 * registration (a new commune after 1 July 2025, departures), classes (<i>lớp bồi dưỡng</i>) with
 * their organiser, level rule, topics, session days, venue, trainers, capacity and cost, enrolment,
 * attendance per session, pre- and post-test scores and certificates, and their corrections (an enrolment
 * withdrawn, a class rescheduled or cancelled, a score corrected: each a new event with its reason, what was
 * recorded before kept); the commands a host submits,
 * the events they record (a command and its event that carry the same facts share them through a
 * {@code …Facts} interface), and the projections ({@link org.ketnghia.training.course.TrainingRecords},
 * {@link org.ketnghia.training.course.OfficialRoster}) a host reads. The handlers are in {@code
 * internal}.
 */
@KetnghiaStyle
package org.ketnghia.training.course;

import org.ketnghia.core.value.KetnghiaStyle;
