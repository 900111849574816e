package org.ketnghia.examples.water;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;

/**
 * Command: hand a water tank and filter to a household and pay for it from the commune's fund
 * (<i>lắp đặt bồn nước cho hộ</i>).
 *
 * @param actor who records it
 * @param unitCode the commune
 * @param occurredOn the day of the installation
 * @param installationId a new id for the installation (also the expenditure id)
 * @param householdId the household, registered in the participant registry
 * @param itemVi what was handed over, in Vietnamese (shown on the public list)
 * @param itemEn what was handed over, in English
 * @param value its value, paid from the commune's clean-water fund
 * @param documentReference the payment document
 */
@JsonTypeName(InstallWaterSystem.TYPE)
public record InstallWaterSystem(Actor actor, String unitCode, LocalDate occurredOn, String installationId,
        String householdId, String itemVi, String itemEn, Money value, String documentReference) implements Command {

    /** The JSON type id. */
    public static final String TYPE = "clean-water.install-water-system";
}
