/**
 * A third-party pilot model written only against the ketnghia SPI: household clean water (<i>nước
 * sạch sinh hoạt</i>) — a water tank and filter handed to a household and paid from the commune's
 * fund, shown on the public list, counted in reports, budgeted from its plan section and simulated
 * (with a trace mode). Nothing in core or the other models knows about it.
 */
package org.ketnghia.examples.water;
