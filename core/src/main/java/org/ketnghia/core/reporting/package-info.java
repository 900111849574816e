/**
 * Reporting: indicator definitions, periods and roll-ups from village to province, computed from
 * ledger events so that real and simulated programmes share one code path.
 */
package org.ketnghia.core.reporting;
