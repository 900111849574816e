/**
 * Implementation of {@code org.ketnghia.core.twinning}. Not API: only the {@code org.ketnghia.core.twinning}
 * feature itself and the runtime that wires it may use these classes, as the architecture tests check; they change
 * without notice.
 */
@KetnghiaStyle
package org.ketnghia.core.twinning.internal;

import org.ketnghia.core.value.KetnghiaStyle;
