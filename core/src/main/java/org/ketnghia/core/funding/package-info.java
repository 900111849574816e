/**
 * Money flows of a programme: budget estimates of pilot models, and (with the funding ledger)
 * pledges, receipts into a commune's fund and expenditures, all in exact đồng.
 */
package org.ketnghia.core.funding;
