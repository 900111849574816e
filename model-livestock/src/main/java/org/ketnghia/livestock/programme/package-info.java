/**
 * Programme set-up of the livestock model (<i>phạm vi, đối tượng, mức hỗ trợ</i>) as configuration:
 * the support package per species, each district's priority species, pilot communes, targets and
 * recorded exceptions, validated with every problem at once; and the budget estimate computed from
 * it ({@link org.ketnghia.livestock.programme.LivestockProgramme#estimateBudget()}). The Quảng Nam
 * 2021 plan ships as {@link org.ketnghia.livestock.programme.LivestockProgramme#quangNam2021()}.
 */
@KetnghiaStyle
package org.ketnghia.livestock.programme;

import org.ketnghia.core.value.KetnghiaStyle;
