/** The reporting-duty feature's handlers; not for use outside the core. */
@KetnghiaStyle
package org.ketnghia.core.duty.internal;

import org.ketnghia.core.value.KetnghiaStyle;
