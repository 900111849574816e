/**
 * Implementation of {@code org.ketnghia.core.grievance}: the grievance feature's handlers. Not API: only the
 * {@code org.ketnghia.core.grievance} feature itself and the runtime that wires it may use these classes, as the
 * architecture tests check; they change without notice.
 */
@KetnghiaStyle
package org.ketnghia.core.grievance.internal;

import org.ketnghia.core.value.KetnghiaStyle;
