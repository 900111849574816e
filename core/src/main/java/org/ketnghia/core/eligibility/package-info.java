/**
 * Eligibility: composable {@link org.ketnghia.core.eligibility.EligibilityRule rules} over any
 * participant type that return a {@link org.ketnghia.core.eligibility.EligibilityDecision} with
 * every reason and a priority score, never a bare boolean.
 */
package org.ketnghia.core.eligibility;
