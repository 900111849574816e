/**
 * Technical training for households in the models (<i>tập huấn kỹ thuật cho hộ dân</i>): classes on barns,
 * vaccination, disease prevention, feed, crops or IT, organised by district offices for a commune, whose participants
 * are members of households in the participant registry, with attendance per session day. Reported apart from the
 * officials' training ({@code training.household-…} indicators) and never counted in the officials' coverage: its
 * classes and attendance are their own event types. State is read from {@link
 * org.ketnghia.training.household.HouseholdTraining}; the handlers are in {@code internal}.
 */
@KetnghiaStyle
package org.ketnghia.training.household;

import org.ketnghia.core.value.KetnghiaStyle;
