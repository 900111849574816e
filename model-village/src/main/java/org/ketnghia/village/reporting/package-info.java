/**
 * What the model new-rural village contributes to reports: indicator definitions and the sources
 * that compute them from ledger events (villages registered and recognised, criteria met per
 * village, sponsor contributions, counterpart share, months to recognition), and {@link
 * org.ketnghia.village.reporting.VillageFunding}, the view of the core funding ledger per village
 * and criterion (money earmarked with {@link org.ketnghia.village.reporting.VillageFunding#activity}).
 */
package org.ketnghia.village.reporting;
