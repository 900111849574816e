/**
 * Implementation of the clean-water model: its command handler and its simulator. Not API: a host
 * reaches them only through {@link org.ketnghia.examples.water.CleanWaterModel}.
 */
package org.ketnghia.examples.water.internal;
