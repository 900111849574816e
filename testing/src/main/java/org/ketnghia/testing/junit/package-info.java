/**
 * JUnit 5 support for host test suites: {@link org.ketnghia.testing.junit.KetnghiaExtension} (a fresh runtime
 * per test) and {@link org.ketnghia.testing.junit.TestClock}.
 */
@KetnghiaStyle
package org.ketnghia.testing.junit;

import org.ketnghia.core.value.KetnghiaStyle;
