/**
 * Programme-outcome scenarios (<i>kịch bản kết quả</i>): {@link org.ketnghia.testing.outcome.ProgrammeOutcome}
 * runs a model's simulator on a plan, {@link org.ketnghia.testing.outcome.SimulatedOutcome} holds what it gave;
 * assert on it with {@code KetnghiaAssertions.assertThat(outcome)}.
 */
@KetnghiaStyle
package org.ketnghia.testing.outcome;

import org.ketnghia.core.value.KetnghiaStyle;
