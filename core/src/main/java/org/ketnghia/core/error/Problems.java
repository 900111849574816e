package org.ketnghia.core.error;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers every problem of an input in one pass, then throws them together.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * problems.check(name.isBlank(), CoreErrorCode.VALUE_REQUIRED, "name");
 * problems.check(year < 1900, CoreErrorCode.VALUE_OUT_OF_RANGE, "birthYear", year, 1900, 2100);
 * problems.throwIfAny();
 * }</pre>
 *
 * <p>Not thread-safe: one instance per validation.
 */
public final class Problems {

    /** The problems found; made at the first one (most checks find none, and run for every recorded command). */
    private List<Problem> found;

    /** Records a problem. */
    public Problems add(ErrorCode code, String field, Object... arguments) {
        found().add(Problem.of(code, field, arguments));
        return this;
    }

    /** Records an existing problem. */
    public Problems add(Problem problem) {
        found().add(requireNonNull(problem, "problem"));
        return this;
    }

    /** Records all problems of an exception (e.g. from a nested validation). */
    public Problems addAll(List<Problem> problems) {
        found().addAll(problems);
        return this;
    }

    /** Records a problem when {@code broken} is true; returns {@code broken}. */
    public boolean check(boolean broken, ErrorCode code, String field, Object... arguments) {
        if (broken) {
            add(code, field, arguments);
        }
        return broken;
    }

    /** Records every problem of {@code exception}, prefixing their fields with {@code fieldPrefix}. */
    public Problems addNested(String fieldPrefix, KetnghiaException exception) {
        for (Problem problem : exception.problems()) {
            String field = problem.field().isEmpty() ? fieldPrefix
                    : fieldPrefix.isEmpty() ? problem.field() : fieldPrefix + "." + problem.field();
            found().add(new Problem(problem.code(), field, problem.arguments()));
        }
        return this;
    }

    /** Whether no problem was found. */
    public boolean isEmpty() {
        return found == null || found.isEmpty();
    }

    /** The problems found so far, as an immutable list. */
    public List<Problem> list() {
        return found == null ? List.of() : List.copyOf(found);
    }

    /** @throws KetnghiaException with every problem found, if any */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new KetnghiaException(found);
        }
    }

    private List<Problem> found() {
        if (found == null) {
            found = new ArrayList<>();
        }
        return found;
    }
}
