/**
 * The pilot-model contract (<i>bộ kiểm thử chuẩn</i>): {@link org.ketnghia.testing.contract.PilotModelContract},
 * which every model's test class extends, and {@link org.ketnghia.testing.contract.TraceAgreement}, how a
 * model's simulated indicators read in its reports.
 */
@KetnghiaStyle
package org.ketnghia.testing.contract;

import org.ketnghia.core.value.KetnghiaStyle;
