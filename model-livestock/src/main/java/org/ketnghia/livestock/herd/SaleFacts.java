package org.ketnghia.livestock.herd;

import java.util.Optional;
import org.ketnghia.core.money.Money;

/** The facts of a sale (<i>bán con giống</i>), declared once for {@link RecordSale} and {@link AnimalSold}. */
public interface SaleFacts {

    /** The animal. */
    String earTag();

    /** The buyer. */
    String buyer();

    /** The price. */
    Money price();

    /** The commune's permission (<i>giấy phép bán</i>), if any. */
    Optional<String> permissionReference();
}
