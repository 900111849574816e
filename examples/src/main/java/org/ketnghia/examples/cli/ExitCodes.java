package org.ketnghia.examples.cli;

import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.examples.programme.PlanError;
import org.ketnghia.examples.programme.PlanException;
import picocli.CommandLine;

/** The exit codes of the command line, and how failures map to them. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** An unexpected internal error. */
    public static final int INTERNAL = 1;
    /** Invalid command-line usage (picocli's default). */
    public static final int USAGE = 2;
    /** The programme file is malformed or inconsistent. */
    public static final int INVALID_PLAN = 3;
    /** The ledger's hash chain is broken. */
    public static final int CHAIN_BROKEN = 4;
    /** The ledger is missing, not empty where it must be, or rejected a command. */
    public static final int LEDGER = 5;
    /**
     * {@code run}: a simulated trace was stopped before its end, its command refused by a rule of the ledger (or its
     * simulator failed); stderr names the rule, the trace and the date. Everything else is recorded and written as
     * usual: the ledger (with the commands recorded before the stop), the reports and the other outputs.
     */
    public static final int TRACE_STOPPED = 6;

    private ExitCodes() {
    }

    /** Prints a failure and returns its exit code. */
    public static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        if (e instanceof PlanException plan) {
            err.println("Tệp kế hoạch không hợp lệ / Invalid programme file (" + plan.errors().size() + "):");
            for (PlanError error : plan.errors()) {
                err.println("  " + error.toLine());
            }
            return INVALID_PLAN;
        }
        if (e instanceof LedgerProblem ledger) {
            err.println(ledger.getMessage());
            return LEDGER;
        }
        if (e instanceof KetnghiaException ketnghia) {
            err.println("Sổ cái từ chối / The ledger refused:");
            for (Problem problem : ketnghia.problems()) {
                err.println("  " + problem.field() + ": [" + problem.code().name() + "] " + problem.messageVi() + " / "
                        + problem.messageEn());
            }
            return LEDGER;
        }
        err.println("Lỗi nội bộ / Internal error: " + e);
        e.printStackTrace(err);
        return INTERNAL;
    }

    /** A ledger that cannot be used for the command (missing, not empty …), with a bilingual message. */
    public static final class LedgerProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** A problem with the given message. */
        public LedgerProblem(String message) {
            super(message);
        }
    }
}
