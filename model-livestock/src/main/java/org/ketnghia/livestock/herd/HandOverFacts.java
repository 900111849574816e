package org.ketnghia.livestock.herd;

import java.util.List;
import java.util.Optional;

/**
 * The facts of a hand-over (<i>bàn giao con giống</i>): round 1 from the commune or a pass-on
 * between households, declared once for {@link HandOverAnimals} and {@link AnimalsHandedOver}.
 */
public interface HandOverFacts {

    /** The group. */
    String groupId();

    /** The recipient household. */
    String householdId();

    /** The giving household for a pass-on; empty for round 1. */
    Optional<String> fromHouseholdId();

    /** The animals handed over. */
    List<String> earTags();

    /** The hand-over minutes' reference (<i>biên bản bàn giao</i>). */
    String handoverReference();
}
