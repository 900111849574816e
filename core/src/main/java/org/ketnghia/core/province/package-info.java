/**
 * Province data packs (<i>gói dữ liệu tỉnh</i>): everything that differs from one province to
 * another, as data its officials maintain in one folder with a manifest {@code province.json} —
 * administrative units (JSON files and the statistics office's flat CSV list), reorganisations with
 * their legal basis, poverty standards, spending norms and reference prices, and free data sections
 * that each pilot model binds to its own configuration. {@link org.ketnghia.core.province.ProvincePacks}
 * loads a pack, validating it as a whole; {@link org.ketnghia.core.province.ProvincePack} is the
 * immutable result. No province is built in: Quảng Nam's reference pack is an explicit opt-in
 * ({@link org.ketnghia.core.province.ProvincePacks#quangNam()}).
 */
@KetnghiaStyle
package org.ketnghia.core.province;

import org.ketnghia.core.value.KetnghiaStyle;
