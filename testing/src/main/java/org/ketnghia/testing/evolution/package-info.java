/**
 * Schema evolution worked through (<i>thay đổi lược đồ sự kiện</i>): a stock-book feature whose event types
 * changed after a ledger was recorded, its upcasters, and the recorded ledger they must keep readable.
 */
package org.ketnghia.testing.evolution;
