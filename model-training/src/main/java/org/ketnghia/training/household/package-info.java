/**
 * Technical training for households in the models (<i>tập huấn kỹ thuật cho hộ dân</i>): classes on barns,
 * vaccination, disease prevention, feed, crops or IT, organised by district offices for a commune, whose participants
 * are members of households in the participant registry, with attendance per session day. A class can be rescheduled
 * (<i>điều chỉnh lịch</i>, held sessions kept) or cancelled (<i>hủy lớp</i>, after which it takes no attendance) by
 * those who organise it, each a new event with its reason, as the officials' classes are corrected. Reported apart
 * from the officials' training ({@code training.household-…} indicators, where a class cancelled before any session
 * is not counted) and never counted in the officials' coverage: its classes and attendance are their own event
 * types. State is read from {@link org.ketnghia.training.household.HouseholdTraining}; the handlers are in {@code
 * internal}.
 */
@KetnghiaStyle
package org.ketnghia.training.household;

import org.ketnghia.core.value.KetnghiaStyle;
