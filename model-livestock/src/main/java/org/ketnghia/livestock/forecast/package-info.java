/**
 * Forecasts from the ledger (<i>dự báo từ sổ cái</i>): the state of herds and group queues as of a date
 * ({@link org.ketnghia.livestock.forecast.ForecastStart}), run forward by the livestock simulator with the
 * default or the calibrated demography, and reported per group and district.
 */
package org.ketnghia.livestock.forecast;
