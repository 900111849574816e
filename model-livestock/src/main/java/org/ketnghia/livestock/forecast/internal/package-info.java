/**
 * Not API: the forecast's internals — the indicator ids it reads and derives ({@code ForecastIds}), the
 * recorder that derives per-replicate totals from the simulator's values ({@code ForecastRecording}) and the
 * assembly of the report from the Monte Carlo summary ({@code ReportAssembly}). Hosts use {@link
 * org.ketnghia.livestock.forecast.LivestockForecast}; this package may change in any release.
 */
package org.ketnghia.livestock.forecast.internal;
