/**
 * Not API: how the model new-rural village computes its report indicators from ledger events. Hosts
 * get these sources through {@code VillageModel.indicatorSources} and name the indicators with
 * {@link org.ketnghia.village.reporting.VillageIndicators}; this package may change without notice.
 */
package org.ketnghia.village.reporting.internal;
