/**
 * Implementation of {@code org.ketnghia.core.funding}. Not API: only the {@code org.ketnghia.core.funding} feature
 * itself and the runtime that wires it may use these classes, as the architecture tests check; they change without
 * notice.
 */
@KetnghiaStyle
package org.ketnghia.core.funding.internal;

import org.ketnghia.core.value.KetnghiaStyle;
