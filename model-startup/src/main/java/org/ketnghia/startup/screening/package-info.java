/**
 * Screening of start-up applications (<i>xét chọn hồ sơ</i>): the plan's conditions as eligibility
 * rules that give every reason (local development plan, value-chain link, declared certificates,
 * business registration and offtake link, the participation rule) and its priorities as points,
 * combined into the core ranking of a call.
 */
package org.ketnghia.startup.screening;
