/**
 * The training model's part of a programme plan ({@link org.ketnghia.training.simulation.TrainingPlan}:
 * classes budgeted per locality, a coverage scenario and, optionally, the programme's topics) and
 * its simulator on the core engine: how coverage of each commune's officials grows with class
 * frequency and capacity while officials turn over, so a planner sees when every commune reaches a
 * coverage target; in trace mode it records the simulated officials, classes, attendance, scores,
 * certificates and costs in a ledger with what the host's trace context gives (the trace writer is
 * in {@code internal}).
 */
package org.ketnghia.training.simulation;
