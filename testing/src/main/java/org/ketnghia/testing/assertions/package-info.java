/**
 * AssertJ assertions for ketnghia: {@link org.ketnghia.testing.assertions.KetnghiaAssertions} is the entry point.
 */
@KetnghiaStyle
package org.ketnghia.testing.assertions;

import org.ketnghia.core.value.KetnghiaStyle;
