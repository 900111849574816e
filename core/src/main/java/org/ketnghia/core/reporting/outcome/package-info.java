/**
 * Outcomes of the programme for the households it supported (<i>kết quả giảm nghèo của các hộ được hỗ
 * trợ</i>): how many households supported by any pilot model were poor or near-poor when first supported
 * and how many of them are out of poverty in a year, with the exact share and the mean income recorded,
 * per commune and rolled up to district and province. Read-only: {@link
 * org.ketnghia.core.reporting.outcome.PovertyOutcomes} reads the projections, {@link
 * org.ketnghia.core.reporting.outcome.PovertyOutcomeIndicators} contributes the same figures to reports as
 * indicators.
 */
package org.ketnghia.core.reporting.outcome;
