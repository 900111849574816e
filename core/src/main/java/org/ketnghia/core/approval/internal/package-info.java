/**
 * Implementation of {@code org.ketnghia.core.approval}: the approval feature's handlers and the ledger's hold. Not
 * API: only the {@code org.ketnghia.core.approval} feature itself and the runtime that wires it may use these
 * classes, as the architecture tests check; they change without notice.
 */
@KetnghiaStyle
package org.ketnghia.core.approval.internal;

import org.ketnghia.core.value.KetnghiaStyle;
