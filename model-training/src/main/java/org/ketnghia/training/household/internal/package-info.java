/** The handlers of the households' technical training; not API (reach them through {@code TrainingModel}). */
@KetnghiaStyle
package org.ketnghia.training.household.internal;

import org.ketnghia.core.value.KetnghiaStyle;
