package org.ketnghia.examples.programme;

import java.util.List;

/**
 * A programme file that cannot be used: every problem found, each with its place in the file.
 */
public final class PlanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PlanError> errors;

    /** An exception listing {@code errors} (at least one). */
    public PlanException(List<PlanError> errors) {
        super(errors.isEmpty() ? "invalid programme file" : errors.get(0).toLine()
                + (errors.size() > 1 ? " (+" + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    /** Every problem, in file order as found. */
    public List<PlanError> errors() {
        return errors;
    }
}
