package org.ketnghia.startup.catalogue;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.value.BilingualText;

/**
 * A product of a sector (<i>sản phẩm</i>), e.g. banana, Ngọc Linh ginseng, brocade. Immutable.
 *
 * @param id stable id, e.g. {@code "banana"}
 * @param nameVi name in Vietnamese
 * @param nameEn name in English
 * @param allowedItems when not empty, narrows the sector's support items for this product (pigs are
 *     vaccinated against swine fever, chickens against avian influenza)
 */
public record Product(String id, String nameVi, String nameEn, List<String> allowedItems) {

    /** Checks that no part is missing; a missing list is empty. */
    public Product {
        requireNonNull(id, "id");
        requireNonNull(nameVi, "nameVi");
        requireNonNull(nameEn, "nameEn");
        allowedItems = allowedItems == null ? List.of() : List.copyOf(allowedItems);
    }

    /**
     * The name in Vietnamese (with diacritics) and in English as one value; the JSON keeps {@code nameVi}
     * and {@code nameEn}.
     */
    public BilingualText name() {
        return BilingualText.of(nameVi, nameEn);
    }
}
