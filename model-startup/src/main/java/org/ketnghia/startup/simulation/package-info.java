/**
 * A simple outcome simulator for start-up portfolios on the core Monte Carlo engine: each project
 * survives a year with its sector's probability and grows its revenue by a random rate, so a
 * planner can compare portfolios (<i>danh mục dự án</i>) by survival and revenue. Also the plan
 * section the model reads its budget estimate from. In trace mode the same replicate is written into
 * a ledger as the commands of a real programme (calls, applications, approvals, tranches, follow-ups,
 * closures), so the reports of a simulated programme run unchanged; everything the trace needs from the
 * host arrives in the core's {@code TraceContext}. The trace writer lives in the {@code internal}
 * subpackage.
 */
package org.ketnghia.startup.simulation;
