/**
 * The training model's indicators (API: their ids, labels and units): classes, participants,
 * person-days, completion rate, coverage of each commune's officials per topic, average score gain,
 * spending per trained official, women's and ethnic-minority share. They are computed from ledger
 * events in {@code internal}.
 */
package org.ketnghia.training.indicators;
