/**
 * Ethnicity of programme participants (dân tộc): the official list of Vietnam's 54 ethnic groups
 * with their statistical codes ({@link org.ketnghia.core.participant.ethnicity.EthnicGroup}), and
 * a catalogue that resolves a code, an official name, a sub-group name or a spelling variant
 * ("Ca Dong", "Katu", "GIE TRIENG") to one group, ignoring case and diacritics ({@link
 * org.ketnghia.core.participant.ethnicity.EthnicGroupCatalogue}). Ethnicity is sensitive personal
 * data: it drives priority rules but never appears on a public list. The package also holds
 * {@link org.ketnghia.core.participant.ethnicity.ParticipantErrorCode}, the error codes of the
 * whole participant feature.
 */
@KetnghiaStyle
package org.ketnghia.core.participant.ethnicity;

import org.ketnghia.core.value.KetnghiaStyle;
