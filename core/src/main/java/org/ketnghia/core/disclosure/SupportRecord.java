package org.ketnghia.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.ketnghia.core.money.Money;

/**
 * One support event as the {@link SupportLedger} keeps it.
 *
 * @param sequence the ledger sequence of the event
 * @param householdId the household supported
 * @param pilotModelId the model that gave it
 * @param descriptionVi what was given, in Vietnamese
 * @param descriptionEn what was given, in English
 * @param value its value
 * @param supportedOn the date it was received
 */
public record SupportRecord(long sequence, String householdId, String pilotModelId, String descriptionVi,
        String descriptionEn, Money value, LocalDate supportedOn) {

    /** Checks that no part is missing. */
    public SupportRecord {
        requireNonNull(householdId, "householdId");
        requireNonNull(pilotModelId, "pilotModelId");
        requireNonNull(descriptionVi, "descriptionVi");
        requireNonNull(descriptionEn, "descriptionEn");
        requireNonNull(value, "value");
        requireNonNull(supportedOn, "supportedOn");
    }
}
