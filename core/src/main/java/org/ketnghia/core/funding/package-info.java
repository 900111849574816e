/**
 * Money flows of a programme: budget estimates of pilot models and the funding ledger — funding
 * sources (<i>nguồn vốn</i>), pledges (<i>cam kết</i>), receipts into a commune's fund held by the
 * commune people's committee (<i>UBND xã</i>), in-kind and counterpart contributions (<i>đối
 * ứng</i>), expenditures against a pilot model and activity (with their <i>chứng từ</i>), plan
 * allocations (<i>kế hoạch vốn</i>) and plan-versus-actual tables, all in exact đồng. Start with
 * {@link org.ketnghia.core.funding.internal.FundingFeature} and {@link org.ketnghia.core.funding.FundingLedger}.
 */
@KetnghiaStyle
package org.ketnghia.core.funding;

import org.ketnghia.core.value.KetnghiaStyle;
