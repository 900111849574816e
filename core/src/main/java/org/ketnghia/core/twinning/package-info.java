/**
 * Twinning (<i>công tác kết nghĩa</i>): sponsors (<i>đơn vị kết nghĩa</i>) — provincial departments,
 * lowland localities, enterprises, mass organisations — and the agreements that twin them with a
 * recipient commune or (before 1 July 2025) district, with the pilot models (<i>mô hình thí điểm</i>)
 * they choose and what they commit. Everything is recorded through the ledger ({@link
 * org.ketnghia.core.twinning.internal.TwinningFeature}) and read from the {@link
 * org.ketnghia.core.twinning.TwinningRegistry} projection; agreements made with a former district
 * resolve to today's communes ({@link org.ketnghia.core.twinning.TwinningCoverage}), and {@link
 * org.ketnghia.core.twinning.TwoOfFourRule} checks the plan's rule that the sponsors of a commune
 * together take up at least 2 of the 4 models.
 */
@KetnghiaStyle
package org.ketnghia.core.twinning;

import org.ketnghia.core.value.KetnghiaStyle;
