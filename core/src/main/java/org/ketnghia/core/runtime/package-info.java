/**
 * Assembling a programme runtime without any container: {@link
 * org.ketnghia.core.runtime.KetnghiaRuntime#builder()} wires the ledger, the JSON types, the core
 * features and the installed pilot models. The Guice module builds the same runtime.
 */
package org.ketnghia.core.runtime;
