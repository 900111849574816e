/**
 * Implementation of {@code org.ketnghia.core.twinning}: not API. Nothing outside the core may use these
 * classes (a model module's architecture rule forbids it); they change without notice.
 */
@KetnghiaStyle
package org.ketnghia.core.twinning.internal;

import org.ketnghia.core.value.KetnghiaStyle;
