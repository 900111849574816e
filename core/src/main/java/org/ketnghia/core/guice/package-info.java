/**
 * Guice wiring, the only package of the core that imports {@code com.google.inject}: {@link
 * org.ketnghia.core.guice.KetnghiaCoreModule} and the typed binder helper {@link
 * org.ketnghia.core.guice.PilotModelBinder} that plugin modules use.
 */
package org.ketnghia.core.guice;
