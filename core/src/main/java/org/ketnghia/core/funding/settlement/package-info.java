/**
 * Final settlement of accounts (<i>quyết toán</i>) of the funding ledger: {@link
 * org.ketnghia.core.funding.settlement.SettleAccounts} fixes in the ledger, as approved by the decision
 * (<i>quyết định phê duyệt quyết toán</i>), what every fund-holding unit (commune, district or provincial
 * body) pledged, received, spent and carries forward per pilot model and funding source, split into the
 * state-budget share and the mobilised share ({@link org.ketnghia.core.funding.settlement.FundingShare}).
 * Once a period is settled, no money may be recorded on or before its end. Read it through {@link
 * org.ketnghia.core.funding.settlement.FundingSettlements} and print it with {@link
 * org.ketnghia.core.funding.settlement.SettlementStatement}.
 */
@KetnghiaStyle
package org.ketnghia.core.funding.settlement;

import org.ketnghia.core.value.KetnghiaStyle;
