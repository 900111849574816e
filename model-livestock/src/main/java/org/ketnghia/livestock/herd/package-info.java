/**
 * Procurement, acceptance and the animal registry (<i>mua, nghiệm thu, sổ theo dõi đàn</i>): purchase
 * lots with ear-tagged animals, acceptance before the oversight parties with the spending recorded
 * atomically in the core funding ledger, hand-overs in round 1 and pass-ons in later rounds with the
 * chain of who received from whom, life events (birth, death, sale, vaccination, loss) and each
 * household's pass-on obligation (due, overdue, fulfilled, waived, written off); the round-1 support
 * package and its recorded exceptions, purchases checked against the programme's price norms, and
 * each group's revolving fund (<i>quỹ quay vòng</i>) fed by cash paid instead of animals. The {@link
 * org.ketnghia.livestock.herd.Herd} projection answers every question about animals.
 */
@KetnghiaStyle
package org.ketnghia.livestock.herd;

import org.ketnghia.core.value.KetnghiaStyle;
