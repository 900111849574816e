/**
 * Planning simulation for the model new-rural village: months to recognition given, per criterion,
 * the gap to close, the improvement rate when funded, its variability and its cost, and the money
 * available each month (<i>dự báo thời gian đạt chuẩn</i>). Runs on the core's Monte Carlo engine
 * through {@link org.ketnghia.village.simulation.VillageSimulator}.
 */
@KetnghiaStyle
package org.ketnghia.village.simulation;

import org.ketnghia.core.value.KetnghiaStyle;
