/**
 * Simulation of the revolving livestock scheme (<i>mô phỏng mô hình chăn nuôi quay vòng</i>): herd
 * demography parameters per species, overridable per district ({@link
 * org.ketnghia.livestock.simulation.Demography}); the deterministic monthly cohort projection with its
 * asymptotic growth rate λ ({@link org.ketnghia.livestock.simulation.CohortProjection}, {@link
 * org.ketnghia.livestock.simulation.DominantEigenvalue}); and the stochastic individual-based
 * simulator ({@link org.ketnghia.livestock.simulation.LivestockSimulator}) that the core Monte Carlo
 * engine runs over replicates, applying births, competing-risk deaths and removals, ageing, culling,
 * herd-cap sales, the pass-on policy and epidemic or drought shocks month by month.
 */
package org.ketnghia.livestock.simulation;
