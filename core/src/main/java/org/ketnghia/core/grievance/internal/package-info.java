/** The grievance feature's handlers; not for use outside the core. */
@KetnghiaStyle
package org.ketnghia.core.grievance.internal;

import org.ketnghia.core.value.KetnghiaStyle;
