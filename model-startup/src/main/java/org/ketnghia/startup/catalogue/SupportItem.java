package org.ketnghia.startup.catalogue;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.value.BilingualText;

/**
 * A kind of support the programme may pay for (<i>nội dung hỗ trợ</i>), e.g. seedlings, breeding
 * stock, packaging design. Immutable.
 *
 * @param id stable id, e.g. {@code "seedlings"}
 * @param nameVi name in Vietnamese, e.g. "Giống cây trồng"
 * @param nameEn name in English
 */
public record SupportItem(String id, String nameVi, String nameEn) {

    /** Checks that no part is missing. */
    public SupportItem {
        requireNonNull(id, "id");
        requireNonNull(nameVi, "nameVi");
        requireNonNull(nameEn, "nameEn");
    }

    /**
     * The name in Vietnamese (with diacritics) and in English as one value; the JSON keeps {@code nameVi}
     * and {@code nameEn}.
     */
    public BilingualText name() {
        return BilingualText.of(nameVi, nameEn);
    }
}
