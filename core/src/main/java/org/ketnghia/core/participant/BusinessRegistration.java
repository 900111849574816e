package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The business registration (đăng ký kinh doanh) of a cooperative or enterprise: the certificate
 * number, the date it was issued and the issuing authority (e.g. {@code "Phòng Tài chính - Kế
 * hoạch huyện Tây Giang"}). Blank parts are reported by the handler that uses it.
 *
 * @param number the registration or enterprise code
 * @param issuedOn the date of issue
 * @param issuedBy the issuing authority
 */
public record BusinessRegistration(String number, LocalDate issuedOn, String issuedBy) {

    /** Checks that no part is missing. */
    public BusinessRegistration {
        requireNonNull(number, "number");
        requireNonNull(issuedOn, "issuedOn");
        requireNonNull(issuedBy, "issuedBy");
    }
}
