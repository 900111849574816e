/**
 * Participants of a twinning programme, recorded through the ledger: households (hộ gia đình) with
 * their members, head, village, ethnicity and poverty status per year with its basis; persons
 * (officials — cán bộ —, entrepreneurs, union members); organisations (hợp tác xã, tổ hợp tác,
 * doanh nghiệp, câu lạc bộ, tổ nhóm hộ) with their business registration. {@link
 * org.ketnghia.core.participant.internal.ParticipantsFeature} declares the commands and events; {@link
 * org.ketnghia.core.participant.ParticipantRegistry} is the projection to query; {@link
 * org.ketnghia.core.participant.HouseholdRules} are ready-made eligibility and priority rules.
 * Accessors carrying personal data are marked {@link org.ketnghia.core.participant.privacy.Sensitive}.
 */
@KetnghiaStyle
package org.ketnghia.core.participant;

import org.ketnghia.core.value.KetnghiaStyle;
