/** Tests of the funding ledger, with a small fake feature that spends through {@code CommuneFunds}. */
@KetnghiaStyle
package org.ketnghia.core.funding;

import org.ketnghia.core.value.KetnghiaStyle;
