/**
 * Not API: the simulator's internals — the plan compiled to tables ({@code CompiledPlan}), the herd
 * state on primitive arrays ({@code HerdState}), the event-driven engine ({@code Engine}), a forecast's
 * start bound to the plan ({@code ForecastPlan}), the yearly
 * report ({@code YearlyReport}), one replicate ({@code Replicate}), the trace that writes a replicate
 * as ledger commands ({@code CommandTrace}) and the eigenvalue routines of the cohort projection.
 * Hosts use {@link org.ketnghia.livestock.simulation.LivestockSimulator}; this package may change in
 * any release.
 */
package org.ketnghia.livestock.simulation.internal;
