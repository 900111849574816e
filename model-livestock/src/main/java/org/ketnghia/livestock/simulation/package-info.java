/**
 * Simulation of the revolving livestock scheme (<i>mô phỏng mô hình chăn nuôi quay vòng</i>): herd
 * demography parameters per species, overridable per district ({@link
 * org.ketnghia.livestock.simulation.Demography}); the deterministic monthly cohort projection with its
 * asymptotic growth rate λ ({@link org.ketnghia.livestock.simulation.CohortProjection}); and the stochastic individual-based
 * simulator ({@link org.ketnghia.livestock.simulation.LivestockSimulator}) that the core Monte Carlo
 * engine runs over replicates, applying births, competing-risk deaths and removals, ageing, culling,
 * herd-cap sales, the pass-on policy and epidemic or drought shocks month by month, and can trace a
 * replicate into a ledger. Its parts are in {@code simulation.internal}, which is not API.
 */
package org.ketnghia.livestock.simulation;
