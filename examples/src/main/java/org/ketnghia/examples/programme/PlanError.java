package org.ketnghia.examples.programme;

import static java.util.Objects.requireNonNull;

/**
 * One problem of a programme file: where it is (file, line and column when known), the JSON path
 * of the offending value, and the reason in Vietnamese and English.
 *
 * @param where file name with line and column, e.g. {@code "plan.json:12:7"}
 * @param path the JSON path, e.g. {@code "agreements[2].modelIds"}
 * @param code a stable error code, e.g. {@code "PLAN_TWO_OF_FOUR"} or a model's own code
 * @param messageVi the reason in Vietnamese
 * @param messageEn the reason in English
 */
public record PlanError(String where, String path, String code, String messageVi, String messageEn) {

    /** Checks that no part is missing. */
    public PlanError {
        requireNonNull(where, "where");
        requireNonNull(path, "path");
        requireNonNull(code, "code");
        requireNonNull(messageVi, "messageVi");
        requireNonNull(messageEn, "messageEn");
    }

    /** One line for a terminal: {@code where: path: [code] Vietnamese / English}. */
    public String toLine() {
        return where + ": " + (path.isEmpty() ? "" : path + ": ") + "[" + code + "] " + messageVi
                + (messageEn.equals(messageVi) ? "" : " / " + messageEn);
    }
}
