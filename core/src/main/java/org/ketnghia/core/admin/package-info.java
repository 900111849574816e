/**
 * Administrative units (<i>đơn vị hành chính</i>) as a graph that changes over time: levels as
 * data ({@link org.ketnghia.core.admin.AdminLevel}), units with dated parent links, name aliases and
 * eligibility flags ({@link org.ketnghia.core.admin.AdministrativeUnit}), and succession links
 * for merges, splits and abolitions ({@link org.ketnghia.core.admin.Succession}), all validated
 * and indexed once by an immutable {@link org.ketnghia.core.admin.AdministrativeRegistry} that
 * answers "what was this unit, its parent, its children, its successors on that date" — so that a
 * 2021 twinning with "Tây Giang district" still resolves to today's communes after the district
 * level was abolished on 1 July 2025. Reference data for Quảng Nam's 6 mountain and 6 lowland
 * localities ships as a JSON resource read by {@link org.ketnghia.core.admin.AdministrativeDataLoader};
 * {@link org.ketnghia.core.admin.UnitCodes} documents the unit code scheme.
 */
@KetnghiaStyle
@Value.Style.Depluralize(dictionary = {"alias:aliases"})
package org.ketnghia.core.admin;

import org.immutables.value.Value;
import org.ketnghia.core.value.KetnghiaStyle;
