/**
 * Pilot model 4, the model new-rural village (<i>thôn nông thôn mới kiểu mẫu</i>): the entry class
 * {@link org.ketnghia.village.VillageModel} that plugs the model into the core, and the model's
 * bilingual error codes ({@link org.ketnghia.village.VillageErrorCode}). The criteria sets are data
 * ({@code criteria}), villages move through the scheme in the ledger ({@code scheme}), indicators
 * are computed from events ({@code reporting}) and planners project months to recognition
 * ({@code simulation}).
 */
package org.ketnghia.village;
