/**
 * Calibration of the herd demography on what the ledger recorded (<i>hiệu chỉnh tham số đàn theo sổ
 * cái</i>): for a selection of groups, communes or districts up to a date, the animal-months at risk by
 * species, sex and age class at each monthly census, the parturitions, litters and sexes at birth, the
 * deaths, sales and losses — and from them maximum-likelihood estimates of the demography's parameters with
 * exact 95 % confidence intervals, beside the assumption in use ({@link
 * org.ketnghia.livestock.calibration.HerdCalibration}). The report can give back the assumed demography
 * with the parameters that have enough data replaced by their estimates, for a forecast or a scenario
 * comparison ("calibrated demography").
 */
package org.ketnghia.livestock.calibration;
