/**
 * The national roll-up (<i>tổng hợp toàn quốc</i>): a national body receives each province's ledger,
 * each in its own {@link org.ketnghia.core.ledger.EventStore}; the {@link
 * org.ketnghia.core.reporting.rollup.RollUpBuilder} verifies every ledger's hash chain first, names and
 * excludes a broken or unreadable one with its first bad sequence and the reason (never mixing it in),
 * builds each remaining province's reports with the {@link org.ketnghia.core.reporting.ReportBuilder},
 * and combines them per period into a national report where each indicator aggregates by its own
 * {@link org.ketnghia.core.reporting.Aggregation}. {@link org.ketnghia.core.reporting.rollup.RollUpExport}
 * writes the result as JSON and CSV.
 */
package org.ketnghia.core.reporting.rollup;
