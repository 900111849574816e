/**
 * The training model's part of a programme plan ({@link org.ketnghia.training.simulation.TrainingPlan}:
 * classes budgeted per locality, and a coverage scenario) and its simulator on the core engine: how
 * coverage of each commune's officials grows with class frequency and capacity while officials
 * turn over, so a planner sees when every commune reaches a coverage target.
 */
package org.ketnghia.training.simulation;
