/**
 * Not API: the start-up simulator's internals — the trace writer that records a simulated portfolio as a
 * real programme's commands, and the checks of outcome rates. Hosts must not depend on anything here; it
 * may change at any time.
 */
package org.ketnghia.startup.simulation.internal;
