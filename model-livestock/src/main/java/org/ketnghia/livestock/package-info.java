/**
 * Pilot model 1, revolving cattle and goat breeding (<i>chăn nuôi bò, dê sinh sản quay vòng</i>):
 * the entry class {@link org.ketnghia.livestock.LivestockModel}, the species and sexes of animals,
 * and the model's bilingual error codes. Features live in sub-packages: programme set-up and
 * budget ({@code programme}), household groups ({@code group}), pass-on policies ({@code passon}),
 * procurement, animals and their life events ({@code herd}), report indicators ({@code indicators}),
 * and the herd simulation — demography, deterministic cohort projection with λ, the stochastic
 * individual-based Monte Carlo simulator ({@code simulation}, see {@link
 * org.ketnghia.livestock.LivestockModel#simulator()}). Packages named {@code internal} hold the
 * implementation (command handlers, the simulator's parts) and are not API.
 */
package org.ketnghia.livestock;
