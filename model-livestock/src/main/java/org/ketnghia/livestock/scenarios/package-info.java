/**
 * Scenarios side by side (<i>so sánh kịch bản</i>): a grid of named levels per dimension — pass-on
 * policy, price level, demography (assumed or calibrated), shocks — swept over the livestock simulator
 * with common random numbers, so that replicate {@code i} of every scenario draws the same stream and
 * the differences between scenarios are the scenarios' effect, not sampling noise; the result ({@link
 * org.ketnghia.livestock.scenarios.ScenarioComparison}) gives per scenario the chosen indicators with
 * their p5–p95 bands, the paired difference from the baseline with its standard error, and a
 * sensitivity ranking of the dimensions, in JSON and CSV.
 */
@KetnghiaStyle
package org.ketnghia.livestock.scenarios;

import org.ketnghia.core.value.KetnghiaStyle;
