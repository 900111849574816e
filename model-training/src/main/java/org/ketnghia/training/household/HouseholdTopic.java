package org.ketnghia.training.household;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.ketnghia.core.value.BilingualText;

/** What a technical class for households teaches (<i>nội dung tập huấn kỹ thuật</i>). */
public enum HouseholdTopic {
    /** Làm chuồng trại. */
    BARNS("kỹ thuật làm chuồng trại", "building barns"),
    /** Tiêm phòng. */
    VACCINATION("tiêm phòng cho vật nuôi", "vaccinating animals"),
    /** Phòng, chống dịch bệnh. */
    DISEASE_PREVENTION("phòng, chống dịch bệnh", "disease prevention"),
    /** Thức ăn chăn nuôi. */
    FEED("chế biến, dự trữ thức ăn chăn nuôi", "feed"),
    /** Trồng trọt. */
    CROPS("kỹ thuật trồng trọt", "crops"),
    /** Ứng dụng công nghệ thông tin. */
    INFORMATION_TECHNOLOGY("ứng dụng công nghệ thông tin", "information technology");

    private final BilingualText label;

    HouseholdTopic(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** The label in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String label(Locale locale) {
        return label.in(requireNonNull(locale, "locale"));
    }
}
