/** The programme feature's handlers; not for use outside the core. */
@KetnghiaStyle
package org.ketnghia.core.programme.internal;

import org.ketnghia.core.value.KetnghiaStyle;
