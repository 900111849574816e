package org.ketnghia.livestock.herd;

import org.ketnghia.livestock.AnimalSex;

/**
 * The facts of the replacement of a dead received animal (<i>bù con giống chết</i>), declared once
 * for {@link ReplaceDeadAnimal} and {@link AnimalReplaced}.
 */
public interface ReplacementFacts {

    /** The dead animal replaced. */
    String replacedEarTag();

    /** The ear tag of the animal given in its place, new in the programme. */
    String earTag();

    /** The new animal's sex. */
    AnimalSex sex();

    /** The new animal's age in months when given (estimated when unknown). */
    int ageMonths();

    /** The reference of the hand-over minutes of the replacement (<i>biên bản bàn giao bù</i>). */
    String replacementReference();
}
