/**
 * Public posting of lists and the complaints about them (<i>niêm yết công khai, tiếp nhận và giải quyết phản ánh,
 * kiến nghị, khiếu nại</i>): where and from when to when a commune posted a list ({@link
 * org.ketnghia.core.grievance.RecordPosting}); the complaints and feedback people raise about the list or a household on
 * it within the posting period, recorded by an official ({@link org.ketnghia.core.grievance.ReceiveComplaint}),
 * assigned, answered and closed with a result within deadlines set by programme data ({@link
 * org.ketnghia.core.grievance.SetGrievanceRules}); an upheld complaint is closed only with a reference to the
 * correction recorded for it. {@link org.ketnghia.core.grievance.GrievanceRegister} answers the officials' queries
 * (open, overdue, per commune and list); {@link org.ketnghia.core.grievance.PublicComplaintSummary} is the only
 * public output, counts without any complainant's data.
 */
@KetnghiaStyle
package org.ketnghia.core.grievance;

import org.ketnghia.core.value.KetnghiaStyle;
