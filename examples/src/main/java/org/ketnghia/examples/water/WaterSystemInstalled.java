package org.ketnghia.examples.water;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.ketnghia.core.disclosure.BeneficiarySupport;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * Event: a household received a water system; a {@link BeneficiarySupport}, so the commune's public
 * list shows it.
 *
 * @param installationId the installation
 * @param householdId the household
 * @param pilotModelId always {@value CleanWaterModel#ID}
 * @param supportDescriptionVi what was handed over, in Vietnamese
 * @param supportDescriptionEn what was handed over, in English
 * @param value its value
 * @param supportedOn the day
 */
@JsonTypeName(WaterSystemInstalled.TYPE)
public record WaterSystemInstalled(String installationId, String householdId, String pilotModelId,
        String supportDescriptionVi, String supportDescriptionEn, Money value, LocalDate supportedOn)
        implements LedgerEvent, BeneficiarySupport {

    /** The JSON type id. */
    public static final String TYPE = "clean-water.water-system-installed";
}
