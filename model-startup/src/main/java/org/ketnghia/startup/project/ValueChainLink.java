package org.ketnghia.startup.project;

import static java.util.Objects.requireNonNull;

/**
 * The agreement that links a project into a value chain (<i>liên kết chuỗi giá trị</i>). Immutable.
 *
 * @param kind offtake (<i>bao tiêu sản phẩm</i>) or supply of inputs
 * @param partnerName the partner, e.g. a cooperative or enterprise
 * @param agreementReference the contract's number and date
 */
public record ValueChainLink(Kind kind, String partnerName, String agreementReference) {

    /** What the agreement covers. */
    public enum Kind {
        /** The partner buys the products (liên kết tiêu thụ). */
        OFFTAKE,
        /** The partner supplies inputs (liên kết cung ứng). */
        SUPPLY
    }

    /** Checks that no part is missing. */
    public ValueChainLink {
        requireNonNull(kind, "kind");
        requireNonNull(partnerName, "partnerName");
        requireNonNull(agreementReference, "agreementReference");
    }
}
