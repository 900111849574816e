/**
 * Implementation of {@code org.ketnghia.core.disclosure}. Not API: only the {@code org.ketnghia.core.disclosure}
 * feature itself and the runtime that wires it may use these classes, as the architecture tests check; they change
 * without notice.
 */
@KetnghiaStyle
package org.ketnghia.core.disclosure.internal;

import org.ketnghia.core.value.KetnghiaStyle;
