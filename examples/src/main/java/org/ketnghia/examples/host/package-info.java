/**
 * The host side of the examples application: assembling a runtime for a programme file (villages
 * added to the units, the durable H2 ledger or memory), checking the plan, its budget, recording the
 * programme's set-up (sponsors, agreements, pledges, receipts, plan allocations), tracing the models'
 * simulators into the ledger and building the reports.
 */
package org.ketnghia.examples.host;
