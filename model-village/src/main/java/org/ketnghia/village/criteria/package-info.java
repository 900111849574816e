/**
 * Criteria sets of the model new-rural village as data (<i>Bộ tiêu chí thôn nông thôn mới kiểu
 * mẫu</i>): the issuing decision and validity, criteria with their indicators, and a threshold per
 * zone (zone 1 = villages of the 6 mountain districts) of kind percentage ≥, count ≥, yes/no,
 * amount ≥ or "met when all sub-indicators are met". {@link org.ketnghia.village.criteria.CriteriaSets}
 * loads a set from JSON and lists every problem; the model never hard-codes a criterion, and the
 * shipped set is a clearly labelled sample.
 */
@KetnghiaStyle
package org.ketnghia.village.criteria;

import org.ketnghia.core.value.KetnghiaStyle;
