/**
 * Implementation of {@code org.ketnghia.core.duty}: the reporting-duty feature's handlers. Not API: only the
 * {@code org.ketnghia.core.duty} feature itself and the runtime that wires it may use these classes, as the
 * architecture tests check; they change without notice.
 */
@KetnghiaStyle
package org.ketnghia.core.duty.internal;

import org.ketnghia.core.value.KetnghiaStyle;
