/**
 * The multidimensional poverty standard (chuẩn nghèo đa chiều): versioned, date-effective rule
 * sets loaded from JSON ({@link org.ketnghia.core.participant.poverty.PovertyStandards}, one {@link
 * org.ketnghia.core.participant.poverty.PovertyStandard} per decree — Decree 07/2021/NĐ-CP for
 * 2022–2026, Decree 351/2025/NĐ-CP from 2027), and the classifier that turns a household's
 * assessment (income per person, deprived indicators, area, history) into a category — poor, near
 * poor, newly escaped, average living standard or above — with the rule applied and a bilingual
 * explanation ({@link org.ketnghia.core.participant.poverty.PovertyClassifier}). Income and
 * deprivations are sensitive personal data and never belong on a public list.
 */
@KetnghiaStyle
package org.ketnghia.core.participant.poverty;

import org.ketnghia.core.value.KetnghiaStyle;
