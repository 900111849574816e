/**
 * The simulation engine shared by all pilot models (<i>mô phỏng</i>): scenarios, a monthly {@link
 * org.ketnghia.core.simulation.SimulationClock}, model simulators, seeded random streams derived per
 * replicate from a master seed ({@link org.ketnghia.core.simulation.internal.ReplicateSeeds}), and a {@link
 * org.ketnghia.core.simulation.MonteCarloRunner} that uses all cores, summarises the replicates as
 * streaming statistics (mean, standard deviation, percentiles 5/50/95) in constant memory, and
 * gives the same results bit for bit whatever the thread count. In trace mode a simulated run
 * records its commands into a ledger ({@link org.ketnghia.core.simulation.LedgerCommandSink}) so
 * that reports run on it unchanged.
 */
package org.ketnghia.core.simulation;
