/**
 * The summary site of a programme run: an index page with the programme's key figures, a page per
 * report period, district, pilot model and public list, linked both ways, with a small offline script
 * that sorts and filters tables; and the planners' pages that the {@code forecast} and {@code compare}
 * commands add to it (a forecast from the ledger, the livestock scenario comparison), with a page listing
 * them that every page's navigation leads to, whichever was written first. Every page names the programme, the province data, the ledger and
 * the time it was produced, and carries the simulated-data banner when the ledger is simulated.
 */
package org.ketnghia.examples.site;
