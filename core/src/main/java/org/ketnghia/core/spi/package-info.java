/**
 * The plugin SPI: {@link org.ketnghia.core.spi.PilotModel} is what a pilot model implements,
 * {@link org.ketnghia.core.spi.LedgerFeature} what anything recording through the ledger
 * declares, and {@link org.ketnghia.core.spi.PilotModelContext} the narrow view of the host a
 * plugin receives. Every optional hook has a default, so adding one never breaks a plugin.
 */
package org.ketnghia.core.spi;
