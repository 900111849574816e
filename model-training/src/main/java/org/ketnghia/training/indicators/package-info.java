/**
 * The training model's indicators and the {@link org.ketnghia.core.reporting.IndicatorSource}s
 * that compute them from ledger events: classes, participants, person-days, completion rate,
 * coverage of each commune's officials per topic, average score gain, spending per trained
 * official, women's and ethnic-minority share.
 */
package org.ketnghia.training.indicators;
