package org.ketnghia.livestock.herd;

import java.util.Optional;

/**
 * The facts of a death (<i>con giống chết</i>) besides its date, declared once for {@link
 * RecordDeath} and {@link AnimalDied} (the command's date is optional so that a missing one is
 * refused with its own code; the event's is required).
 */
public interface DeathFacts {

    /** The animal. */
    String earTag();

    /** The cause, in Vietnamese. */
    String cause();

    /** The veterinarian's certificate reference, if any (<i>xác nhận thú y</i>). */
    Optional<String> vetCertificate();
}
