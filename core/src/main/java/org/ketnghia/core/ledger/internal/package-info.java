/**
 * Implementation of {@code org.ketnghia.core.ledger}. Not API: only the {@code org.ketnghia.core.ledger} feature
 * itself and the runtime that wires it may use these classes, as the architecture tests check; they change without
 * notice.
 */
@KetnghiaStyle
package org.ketnghia.core.ledger.internal;

import org.ketnghia.core.value.KetnghiaStyle;
