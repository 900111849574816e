/**
 * Not API: the indicator sources and accumulators that compute the training model's indicators
 * ({@link org.ketnghia.training.indicators.TrainingIndicators}) from ledger events. Hosts read the
 * indicators in the core's reports and never use this package; it may change in any release.
 */
package org.ketnghia.training.indicators.internal;
