/**
 * Reporting (<i>báo cáo</i>): reporting periods relative to a programme's start (programme years,
 * the 3-year interim review <i>sơ kết</i>, the 5-year final review <i>tổng kết</i>, calendar years),
 * indicators with baselines and targets, {@link org.ketnghia.core.reporting.IndicatorSource}s that
 * compute values per unit from ledger events, and the {@link
 * org.ketnghia.core.reporting.ReportBuilder} that rolls them up village → commune → (district,
 * before 1 July 2025) → province so that every total equals the sum of its parts, exported as JSON
 * and CSV with Vietnamese labels. Because reports are computed from events only, a real programme
 * and a simulated one in trace mode share this code path.
 */
package org.ketnghia.core.reporting;
