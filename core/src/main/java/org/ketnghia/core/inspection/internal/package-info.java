/**
 * Implementation of {@code org.ketnghia.core.inspection}: not API. Nothing outside the core may use these
 * classes (a model module's architecture rule forbids it); they change without notice.
 */
@KetnghiaStyle
package org.ketnghia.core.inspection.internal;

import org.ketnghia.core.value.KetnghiaStyle;
