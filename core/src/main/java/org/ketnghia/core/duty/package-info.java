/**
 * Reporting duties as acts (<i>chế độ báo cáo</i>): the reporting calendar of a programme (annual reports,
 * the interim review, <i>sơ kết</i>, and the final review, <i>tổng kết</i>) and ad-hoc report requests, each
 * with its deadline; reports submitted by their unit or sponsor with the hash of their content, the dispatch
 * number (<i>số công văn</i>) and date; approved or returned for correction by the level above (derived from
 * the administrative units as of the date, so that after 1 July 2025 a commune reports to the province);
 * locked once approved and reopened only by a recorded act; and the {@link
 * org.ketnghia.core.duty.ReportingDuties} projection with the status of every duty and the late and missing
 * submissions.
 */
@KetnghiaStyle
package org.ketnghia.core.duty;

import org.ketnghia.core.value.KetnghiaStyle;
