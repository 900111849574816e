package org.ketnghia.livestock.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.Species;

/** What the censuses counted for one species: the cells by sex and age class, births, litters, first parturitions. */
final class SpeciesTally {

    static final int MONTHS = 0;
    static final int DEATHS = 1;
    static final int OFFTAKE = 2;
    static final int CULLS = 3;
    static final int SURPLUS = 4;
    static final int OTHER_SALES = 5;
    static final int LOSSES = 6;

    final Species species;
    /** [sex][age class][counter]. */
    final long[][][] cells = new long[AnimalSex.values().length][AgeClass.values().length][7];
    /** Female-months at or past the assumed age at first parturition, and the parturitions in them. */
    long femaleMonthsAtRisk;
    long parturitions;
    /** Litters by size: 1, 2, 3 or more. */
    final long[] littersBySize = new long[3];
    long young;
    long femaleYoung;
    /** Ages (census months) of programme-born females at their first parturition. */
    final List<Integer> firstParturitionAges = new ArrayList<>();
    /** Census months of programme-born females, by age. */
    final Map<Integer, Long> bornFemaleMonthsByAge = new TreeMap<>();
    /** Animal-months by district code ("" when the commune has no district): which assumption rules. */
    final Map<String, Long> monthsByDistrict = new TreeMap<>();

    SpeciesTally(Species species) {
        this.species = species;
    }

    long[] cell(AnimalSex sex, AgeClass ageClass) {
        return cells[sex.ordinal()][ageClass.ordinal()];
    }

    long litters() {
        return littersBySize[0] + littersBySize[1] + littersBySize[2];
    }

    /** The district with the most animal-months (the first in code order on a tie); "" if none. */
    String dominantDistrict() {
        String best = "";
        long most = -1;
        for (Map.Entry<String, Long> entry : monthsByDistrict.entrySet()) {
            if (entry.getValue() > most) {
                most = entry.getValue();
                best = entry.getKey();
            }
        }
        return best;
    }

    List<ExposureRow> rows() {
        List<ExposureRow> rows = new ArrayList<>();
        for (AnimalSex sex : AnimalSex.values()) {
            for (AgeClass ageClass : AgeClass.values()) {
                long[] c = cell(sex, ageClass);
                rows.add(new ExposureRow(species, sex, ageClass, c[MONTHS], c[DEATHS], c[OFFTAKE], c[CULLS], c[SURPLUS],
                        c[OTHER_SALES], c[LOSSES]));
            }
        }
        return rows;
    }
}
