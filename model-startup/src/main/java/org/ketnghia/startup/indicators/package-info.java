/**
 * The start-up model's report indicators (<i>chỉ tiêu</i>): applications, approvals by applicant
 * type and by sector, support paid by item, counterpart share, survival after 1, 2 and 3 years,
 * jobs, revenue, and the women- and ethnic-minority-led shares, each computed from ledger events
 * per administrative unit so that reports add up from village to province.
 */
package org.ketnghia.startup.indicators;
