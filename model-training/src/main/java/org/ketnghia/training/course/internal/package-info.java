/**
 * Not API: the command handlers of the training model, which check each command against the
 * training records, the roster of officials, the topic catalogue and the core's twinning and
 * funding projections. Hosts submit the commands of {@link org.ketnghia.training.course} and never
 * use this package; it may change in any release.
 */
package org.ketnghia.training.course.internal;
