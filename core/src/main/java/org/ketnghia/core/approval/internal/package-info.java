/** The approval feature's handlers and the ledger's hold; not for use outside the core. */
@KetnghiaStyle
package org.ketnghia.core.approval.internal;

import org.ketnghia.core.value.KetnghiaStyle;
