/**
 * Implementation of {@code org.ketnghia.core.inspection}. Not API: only the {@code org.ketnghia.core.inspection}
 * feature itself and the runtime that wires it may use these classes, as the architecture tests check; they change
 * without notice.
 */
@KetnghiaStyle
package org.ketnghia.core.inspection.internal;

import org.ketnghia.core.value.KetnghiaStyle;
