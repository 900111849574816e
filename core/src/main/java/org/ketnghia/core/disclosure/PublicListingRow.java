package org.ketnghia.core.disclosure;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.money.Money;

/**
 * One line of the public list: the household head's name, the village, the category, the support
 * received and its value — and nothing else (Decree 13/2023/NĐ-CP: no ID number, birth date,
 * ethnicity, income, deprivation or health data). A test asserts by reflection that this type
 * has exactly these accessors.
 *
 * @param headName the household head's full name
 * @param villageName the village's name, e.g. {@code "A Ur"}
 * @param category the category in Vietnamese, e.g. {@code "Hộ nghèo"}
 * @param support what was received, in Vietnamese
 * @param value its value
 */
public record PublicListingRow(String headName, String villageName, String category, String support, Money value) {

    /** Checks that no part is missing. */
    public PublicListingRow {
        requireNonNull(headName, "headName");
        requireNonNull(villageName, "villageName");
        requireNonNull(category, "category");
        requireNonNull(support, "support");
        requireNonNull(value, "value");
    }
}
