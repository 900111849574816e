/**
 * Household groups (<i>tổ, nhóm hộ chăn nuôi quay vòng</i>): founded by a commune decision after a
 * public vote, with member households that are poor, near-poor or newly escaped (their category read
 * from the core participant registry), exactly one leader who is a non-poor household or a trusted
 * person, one deputy who is also secretary, signed commitments and a charter naming the pass-on
 * policy; the recipient queue ranks ethnic-minority households first when the policy asks for it.
 */
@KetnghiaStyle
package org.ketnghia.livestock.group;

import org.ketnghia.core.value.KetnghiaStyle;
