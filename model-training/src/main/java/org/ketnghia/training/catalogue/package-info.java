/**
 * The data the training model (<i>bồi dưỡng cán bộ cơ sở</i>) runs on: the host's topic catalogue
 * loaded from JSON (each topic with its priority flag and target levels; the Quảng Nam 2021 plan's
 * is one, named explicitly), the levels of officials (district, commune, village), and the model's
 * bilingual error codes.
 */
@KetnghiaStyle
package org.ketnghia.training.catalogue;

import org.ketnghia.core.value.KetnghiaStyle;
