/**
 * Not API: the months-to-recognition simulation on primitive arrays ({@link
 * org.ketnghia.village.simulation.internal.RecognitionRun}) and the trace writer that records a
 * replicate in a ledger from the host's trace context. Hosts and planners use {@link
 * org.ketnghia.village.simulation.VillageSimulator}; this package may change without notice.
 */
package org.ketnghia.village.simulation.internal;
