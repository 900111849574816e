/**
 * The rules of start-up support as configurable data (<i>điều kiện hỗ trợ</i>): applicant kinds,
 * project kinds, area difficulty, declared certificates, the participation rule (at least 50 % of
 * participants are programme beneficiaries; priority above 70 % disadvantaged), the state-share
 * ceilings by area difficulty with the counterpart remainder, priority points, and the local
 * development plan (<i>quy hoạch phát triển kinh tế - xã hội</i>) listing planned products per unit.
 */
package org.ketnghia.startup.policy;
