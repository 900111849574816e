/**
 * Implementation of {@code org.ketnghia.core.funding.settlement}: not API. Nothing outside the core may
 * use these classes; they change without notice.
 */
@KetnghiaStyle
package org.ketnghia.core.funding.settlement.internal;

import org.ketnghia.core.value.KetnghiaStyle;
