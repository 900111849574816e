/**
 * Not API: the trace writer of the coverage simulator, which turns a simulated replicate into the
 * commands a real programme would record. Hosts run it through {@link
 * org.ketnghia.training.simulation.CoverageSimulator#simulateTrace}; it may change in any release.
 */
package org.ketnghia.training.simulation.internal;
