/**
 * Inspections and follow-up (<i>kiểm tra, giám sát, phúc tra</i>): monitoring visits, checks and re-checks
 * of a unit by the provincial ethnic affairs committee (<i>Ban Dân tộc tỉnh</i>), a district office
 * (<i>Phòng Dân tộc huyện</i>) or a sponsor (<i>đơn vị kết nghĩa</i>); what they found about a model item
 * (a household group, an animal, a start-up project, a class, a village …), the actions they required with
 * their deadlines, and the closure of those actions with evidence, which a re-check confirms or reopens.
 * Recorded through the ledger ({@link org.ketnghia.core.inspection.internal.InspectionFeature}) and read from
 * the {@link org.ketnghia.core.inspection.InspectionRegistry} projection: open findings and overdue actions as
 * of a date, per unit (rolled up through the units of that date) and per inspecting body.
 */
@KetnghiaStyle
package org.ketnghia.core.inspection;

import org.ketnghia.core.value.KetnghiaStyle;
