/**
 * The programme itself (<i>kế hoạch, chương trình kết nghĩa</i>) as the ledger records it: where it
 * applies (its districts and pilot communes, followed through reorganisations), its physical targets
 * (<i>chỉ tiêu</i>), the spending norms (<i>định mức</i>) in force, what the plan allots to each district
 * and model with approved adjustments, and the replication of a model after the pilot (<i>nhân rộng
 * mô hình</i>). Recorded through the ledger ({@link org.ketnghia.core.programme.internal.ProgrammeFeature})
 * and read from {@link org.ketnghia.core.programme.ProgrammeRegistry}; pilot models check their commands
 * against it through {@link org.ketnghia.core.programme.ProgrammeScope}.
 */
@KetnghiaStyle
package org.ketnghia.core.programme;

import org.ketnghia.core.value.KetnghiaStyle;
