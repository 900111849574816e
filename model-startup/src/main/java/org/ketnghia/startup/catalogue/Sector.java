package org.ketnghia.startup.catalogue;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.value.BilingualText;

/**
 * A priority sector of start-up support (<i>lĩnh vực ưu tiên</i>) with its products and the support
 * items allowed for it. Immutable.
 *
 * @param id stable id, e.g. {@code "fruit"}
 * @param group crops, livestock or processing
 * @param nameVi name in Vietnamese, e.g. "Cây ăn quả"
 * @param nameEn name in English
 * @param products the sector's products
 * @param allowedItems ids of the support items allowed for the sector
 */
public record Sector(String id, SectorGroup group, String nameVi, String nameEn, List<Product> products,
        List<String> allowedItems) {

    /** Checks that no part is missing; missing lists are empty. */
    public Sector {
        requireNonNull(id, "id");
        requireNonNull(group, "group");
        requireNonNull(nameVi, "nameVi");
        requireNonNull(nameEn, "nameEn");
        products = products == null ? List.of() : List.copyOf(products);
        allowedItems = allowedItems == null ? List.of() : List.copyOf(allowedItems);
    }

    /**
     * The name in Vietnamese (with diacritics) and in English as one value; the JSON keeps {@code nameVi}
     * and {@code nameEn}.
     */
    public BilingualText name() {
        return BilingualText.of(nameVi, nameEn);
    }

    /** The product with that id. */
    public Optional<Product> product(String productId) {
        return products.stream().filter(product -> product.id().equals(productId)).findFirst();
    }

    /** The items allowed for {@code productId}: the product's narrowing if any, else the sector's. */
    public List<String> allowedItemsFor(String productId) {
        return product(productId).filter(product -> !product.allowedItems().isEmpty())
                .map(Product::allowedItems).orElse(allowedItems);
    }
}
