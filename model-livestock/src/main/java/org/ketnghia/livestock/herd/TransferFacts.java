package org.ketnghia.livestock.herd;

import java.util.List;
import java.util.Optional;

/**
 * The facts of a transfer of animals to another group (<i>điều chuyển con giống</i>), in the same commune or
 * another, declared once for {@link TransferAnimals} and {@link AnimalsTransferred}.
 */
public interface TransferFacts {

    /** The animals moved: all of one group, and all kept by one household or all waiting to be handed over. */
    List<String> earTags();

    /** The receiving group. */
    String toGroupId();

    /** The household of the receiving group that keeps them; empty for animals moved to its stock. */
    Optional<String> toHouseholdId();

    /** Why, in Vietnamese (<i>lý do điều chuyển</i>). */
    String reason();

    /** The transfer minutes' reference (<i>biên bản điều chuyển</i>). */
    String minutesReference();
}
