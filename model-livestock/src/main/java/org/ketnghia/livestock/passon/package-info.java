/**
 * Revolving pass-on (<i>quay vòng</i>) as a policy object: which offspring (or the mother) a
 * household passes to the next household of its group, how many, of which sex, at what minimum age,
 * by which deadline, with a cash alternative into the revolving fund, what a death means, whether
 * sale needs permission and how the recipient queue is ordered. Policies are plain immutable values
 * with no ledger dependency, so a simulator can reuse them; three ship ready-made and hosts load
 * their own from JSON ({@link org.ketnghia.livestock.passon.PassOnPolicies}).
 */
@KetnghiaStyle
package org.ketnghia.livestock.passon;

import org.ketnghia.core.value.KetnghiaStyle;
