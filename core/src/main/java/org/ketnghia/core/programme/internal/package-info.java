/**
 * Implementation of {@code org.ketnghia.core.programme}: the programme feature's handlers. Not API: only the
 * {@code org.ketnghia.core.programme} feature itself and the runtime that wires it may use these classes, as the
 * architecture tests check; they change without notice.
 */
@KetnghiaStyle
package org.ketnghia.core.programme.internal;

import org.ketnghia.core.value.KetnghiaStyle;
