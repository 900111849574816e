package org.ketnghia.core.error;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one domain exception of ketnghia: an input or command broke one or more rules.
 *
 * <p>It carries every {@link Problem} found (validation gathers them in one pass, so an official
 * fixing a form sees them all at once); {@link #code()} and {@link #field()} are those of the
 * first. A command that fails with this exception has appended nothing to the ledger.
 *
 * <p>Immutable and thread-safe.
 */
public final class KetnghiaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    /**
     * Creates an exception for the given problems.
     *
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public KetnghiaException(List<Problem> problems) {
        this(problems, null);
    }

    /** Creates an exception for the given problems, caused by {@code cause} (may be null). */
    public KetnghiaException(List<Problem> problems, Throwable cause) {
        super(describe(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** An exception for a single problem. */
    public static KetnghiaException of(ErrorCode code, String field, Object... arguments) {
        return new KetnghiaException(List.of(Problem.of(code, field, arguments)));
    }

    /** Every problem found, in the order found; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The same problems, each field placed under {@code path} — e.g. {@code commands[2]} turns
     * {@code unitCode} into {@code commands[2].unitCode} — for an input that was one of many; this
     * exception is the cause.
     */
    public KetnghiaException within(String path) {
        requireNonNull(path, "path");
        return new KetnghiaException(problems.stream()
                .map(problem -> new Problem(problem.code(),
                        problem.field().isEmpty() ? path : path + "." + problem.field(), problem.arguments()))
                .toList(), this);
    }

    /** The code of the first problem. */
    public ErrorCode code() {
        return problems.get(0).code();
    }

    /** The offending field of the first problem ({@code ""} for the whole input). */
    public String field() {
        return problems.get(0).field();
    }

    /** Whether any problem has the given code. */
    public boolean has(ErrorCode code) {
        return problems.stream().anyMatch(problem -> problem.code().equals(code));
    }

    /** All messages in Vietnamese, one per line. */
    public String messageVi() {
        return problems.stream().map(p -> prefix(p) + p.messageVi()).collect(Collectors.joining("\n"));
    }

    /** All messages in English, one per line. */
    public String messageEn() {
        return problems.stream().map(p -> prefix(p) + p.messageEn()).collect(Collectors.joining("\n"));
    }

    private static String describe(List<Problem> problems) {
        requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a KetnghiaException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems:\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    private static String prefix(Problem problem) {
        return problem.field().isEmpty() ? "" : problem.field() + ": ";
    }
}
