/**
 * The simulation engine shared by all pilot models: scenarios, model simulators, seeded random
 * streams per replicate and a Monte Carlo runner whose results do not depend on the thread count.
 */
package org.ketnghia.core.simulation;
