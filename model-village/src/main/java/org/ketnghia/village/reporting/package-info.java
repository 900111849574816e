/**
 * What the model new-rural village contributes to reports: the indicator definitions hosts name
 * ({@link org.ketnghia.village.reporting.VillageIndicators}: villages registered and recognised,
 * criteria met per village, sponsor contributions, counterpart share, months to recognition), and
 * {@link org.ketnghia.village.reporting.VillageFunding}, the view of the core funding ledger per
 * village and criterion (money earmarked with {@link
 * org.ketnghia.village.reporting.VillageFunding#activity}). How indicators are computed is internal.
 */
package org.ketnghia.village.reporting;
