/**
 * The indicators the livestock model contributes to the core reports (<i>chỉ tiêu báo cáo</i>):
 * households supported by round, animals received, herd by species and sex, births, deaths and
 * mortality, pass-ons due, done and overdue, pass-on rate, herd value at configured prices and
 * spending. Flow indicators count events of the period; stock indicators replay the registry up
 * to the period's last day, so real and simulated ledgers report through the same code.
 */
package org.ketnghia.livestock.indicators;
