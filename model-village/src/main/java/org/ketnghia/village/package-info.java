/**
 * Pilot model 4, the model new-rural village (<i>thôn nông thôn mới kiểu mẫu</i>): the entry class
 * {@link org.ketnghia.village.VillageModel}, configured with the province's criteria set, that plugs
 * the model into the core, and the model's bilingual error codes ({@link
 * org.ketnghia.village.VillageErrorCode}). API packages: the criteria sets as data ({@code
 * criteria}), the commands, events and projection of villages in the scheme ({@code scheme}),
 * indicator names and the funding view ({@code reporting}), the planning simulator and its plan
 * ({@code simulation}) and the Guice module ({@code guice}); packages named {@code internal} are
 * not API.
 */
package org.ketnghia.village;
