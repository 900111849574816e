package org.ketnghia.livestock.calibration;

import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.Species;

/**
 * The exposure and exits of one species, sex and age class (<i>số con-tháng chịu rủi ro</i>): the
 * animal-months counted at the monthly censuses (an animal alive and in the selection at the census of a
 * month counts one; its age class is its age at that census) and what ended those months — deaths, sales by
 * reason, losses. Immutable; a row of the report's CSV.
 *
 * @param species the species
 * @param sex the sex
 * @param ageClass the age class at the census
 * @param animalMonths animal-months at risk
 * @param deaths deaths in those months
 * @param offtakeSales sales of males of 12 months or more (xuất bán đực), a risk competing with death
 * @param culls sales at the cull age (loại thải), after surviving the month
 * @param surplusSales sales of the surplus above the herd cap (bán bớt đàn vượt mức), after the month
 * @param otherSales other sales (reason not recognised, not a male of 12 months or more)
 * @param losses losses and thefts (thất lạc, bị trộm), a risk competing with death
 */
public record ExposureRow(Species species, AnimalSex sex, AgeClass ageClass, long animalMonths, long deaths,
        long offtakeSales, long culls, long surplusSales, long otherSales, long losses) {
}
