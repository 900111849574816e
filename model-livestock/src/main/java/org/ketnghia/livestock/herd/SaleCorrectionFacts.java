package org.ketnghia.livestock.herd;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.money.Money;

/**
 * The facts of a corrected sale (<i>đính chính giá, ngày bán</i>), declared once for {@link CorrectSale} and
 * {@link SaleCorrected}: the correct price, the correct date, or both; what is absent stays as recorded.
 */
public interface SaleCorrectionFacts extends CorrectionFacts {

    /** The correct price, if the recorded one was wrong. */
    Optional<Money> price();

    /** The correct date of the sale, if the recorded one was wrong. */
    Optional<LocalDate> soldOn();
}
