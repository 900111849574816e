package org.ketnghia.core.province;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.money.Money;

/**
 * A spending norm or reference price of a province (<i>định mức, giá tham chiếu</i>): an amount in
 * đồng per {@link #unit()}, with the act that sets it.
 *
 * <p>JSON in a manifest: {@code {"key": "livestock.cattle.price-per-head", "amountDong": 15000000,
 * "unit": "con", "legalBasis": "Quyết định …/QĐ-UBND"}}. Immutable and thread-safe.
 *
 * @param key a dotted, namespaced key, the model id first, e.g. {@code "livestock.cattle.price-per-head"}
 * @param amount the amount, never negative
 * @param unit what the amount is for, e.g. {@code "con"} (per head), {@code "hộ"} (per household)
 * @param legalBasis the act that sets it, e.g. a decision of the provincial People's Committee
 */
public record Norm(String key, Money amount, String unit, String legalBasis) {

    /** Checks that no part is missing. */
    public Norm {
        requireNonNull(key, "key");
        requireNonNull(amount, "amount");
        requireNonNull(unit, "unit");
        requireNonNull(legalBasis, "legalBasis");
    }
}
