package org.ketnghia.livestock.herd;

import org.ketnghia.livestock.AnimalSex;

/** The facts of a birth (<i>con sinh ra</i>), declared once for {@link RecordBirth} and {@link AnimalBorn}. */
public interface BirthFacts {

    /** The mother's ear tag. */
    String motherTag();

    /** The new animal's ear tag. */
    String earTag();

    /** Its sex. */
    AnimalSex sex();
}
