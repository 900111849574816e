/**
 * The training model's part of a programme plan ({@link org.ketnghia.training.simulation.TrainingPlan}:
 * classes budgeted per locality, and a coverage scenario) and its simulator on the core engine: how
 * coverage of each commune's officials grows with class frequency and capacity while officials
 * turn over, so a planner sees when every commune reaches a coverage target; in trace mode it
 * records the simulated officials, classes, attendance, scores, certificates and costs in a ledger.
 */
package org.ketnghia.training.simulation;
