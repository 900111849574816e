/**
 * The life of a start-up project through the ledger: a call for proposals (<i>đợt kêu gọi</i>),
 * applications, screening and ranking per call, approval with a budget per item, milestones,
 * tranche disbursement paid atomically from the commune's fund (<i>quỹ xã</i>), yearly follow-up,
 * and closure or failure. Each step is an event; an out-of-order step is refused.
 * {@link org.ketnghia.startup.project.StartupProjects} is the projection to read.
 */
@KetnghiaStyle
package org.ketnghia.startup.project;

import org.ketnghia.core.value.KetnghiaStyle;
