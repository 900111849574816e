package org.ketnghia.livestock.herd;

import java.util.List;
import java.util.Map;

/**
 * The facts of a lot's acceptance (<i>nghiệm thu con giống</i>), declared once for {@link AcceptLot}
 * and {@link LotAccepted}.
 */
public interface LotAcceptanceFacts {

    /** The lot. */
    String lotId();

    /** The acceptance minutes' reference (<i>biên bản nghiệm thu</i>). */
    String minutesReference();

    /** The representative of each oversight party present. */
    Map<OversightParty, String> oversight();

    /** The animals refused, with their reason. */
    List<RejectedAnimal> rejected();
}
