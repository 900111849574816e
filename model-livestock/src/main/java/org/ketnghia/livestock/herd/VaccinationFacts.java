package org.ketnghia.livestock.herd;

import java.util.List;

/**
 * The facts of a vaccination (<i>tiêm phòng</i>), declared once for {@link RecordVaccination} and
 * {@link AnimalsVaccinated}.
 */
public interface VaccinationFacts {

    /** The animals vaccinated. */
    List<String> earTags();

    /** Against what. */
    Vaccine vaccine();

    /** The vaccination record's reference. */
    String reference();
}
