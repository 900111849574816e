/**
 * Implementation of {@code org.ketnghia.core.simulation}. Not API: only the {@code org.ketnghia.core.simulation}
 * feature itself and the runtime that wires it may use these classes, as the architecture tests check; they change
 * without notice.
 */
@KetnghiaStyle
package org.ketnghia.core.simulation.internal;

import org.ketnghia.core.value.KetnghiaStyle;
