/**
 * The life of a start-up project through the ledger: a call for proposals (<i>đợt kêu gọi</i>),
 * applications, screening and ranking per call, approval with a budget per item, milestones,
 * tranche disbursement paid atomically from the commune's fund (<i>quỹ xã</i>), yearly follow-up,
 * and closure or failure. Each step is an event; an out-of-order step is refused.
 * {@link org.ketnghia.startup.project.StartupProjects} is the projection to read. Where a command and
 * its event carry the same facts, they are declared once in a {@code …Facts} interface both implement
 * (e.g. {@link org.ketnghia.startup.project.ApplicationFacts}); the handlers live in the {@code internal}
 * subpackage.
 */
@KetnghiaStyle
package org.ketnghia.startup.project;

import org.ketnghia.core.value.KetnghiaStyle;
