package org.ketnghia.core.admin;

import com.fasterxml.jackson.annotation.JsonValue;
import org.ketnghia.core.value.BilingualText;

/**
 * The classification of a commune in the ethnic-minority and mountain area (<i>khu vực I, II, III
 * thuộc vùng đồng bào dân tộc thiểu số và miền núi</i>), e.g. under Decision 861/QĐ-TTg for
 * 2021–2025. Zone III communes are the especially difficult ones.
 *
 * <p>JSON form: {@code "I"}, {@code "II"}, {@code "III"}.
 */
public enum EthnicMinorityZone {
    /** Khu vực I: communes on the way to development. */
    ZONE_I("I"),
    /** Khu vực II: communes still in difficulty. */
    ZONE_II("II"),
    /** Khu vực III: especially difficult communes. */
    ZONE_III("III");

    private final String numeral;

    EthnicMinorityZone(String numeral) {
        this.numeral = numeral;
    }

    /** The Roman numeral used in legal texts and in JSON. */
    @JsonValue
    public String numeral() {
        return numeral;
    }

    /** {@code "khu vực III"} / {@code "zone III"}. */
    public BilingualText label() {
        return BilingualText.of("khu vực " + numeral, "zone " + numeral);
    }
}
