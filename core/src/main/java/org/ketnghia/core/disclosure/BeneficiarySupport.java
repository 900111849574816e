package org.ketnghia.core.disclosure;

import java.time.LocalDate;
import org.ketnghia.core.money.Money;

/**
 * Implemented by the ledger events of any pilot model that give support to a household (animals
 * handed over, seedlings, a grant): what the commune must post publicly. {@link SupportLedger}
 * collects every recorded event that implements it, whatever its model.
 *
 * <p>Implementations are immutable ledger events. The description must name the support only
 * ("5 con dê giống"), never personal data of the household.
 */
public interface BeneficiarySupport {

    /** The household supported (an id of {@link org.ketnghia.core.participant.ParticipantRegistry}). */
    String householdId();

    /** The pilot model that gave the support, e.g. {@code "livestock"}. */
    String pilotModelId();

    /** What was given, in Vietnamese, e.g. {@code "Hỗ trợ 5 con dê giống"}. */
    String supportDescriptionVi();

    /** What was given, in English, e.g. {@code "5 breeding goats"}. */
    String supportDescriptionEn();

    /** The value of the support in đồng (in kind: valued at its cost). */
    Money value();

    /** The date the household received it. */
    LocalDate supportedOn();
}
