/**
 * Test fixtures shared with other modules through the core's test-jar: a small demonstration
 * pilot model that records items through the ledger, and fixed clocks and actors.
 */
@KetnghiaStyle
package org.ketnghia.core.testing;

import org.ketnghia.core.value.KetnghiaStyle;
