package org.ketnghia.examples.cli;

import java.io.PrintWriter;
import org.ketnghia.examples.host.Simulations;

/**
 * A progress bar on the terminal for Monte Carlo runs, redrawn in place at most once per per cent;
 * silent when the output is not a terminal (a pipe, a file, a test).
 */
final class ProgressBar implements Simulations.ModelProgress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private int lastPermille = -1;
    private String lastModel = "";

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** A bar that draws only when the JVM has a console. */
    static ProgressBar forTerminal(PrintWriter err) {
        return new ProgressBar(err, System.console() != null);
    }

    @Override
    public void onProgress(String modelId, int modelIndex, int modelCount, long done, long total) {
        if (!enabled) {
            return;
        }
        int permille = (int) (1000 * done / Math.max(1, total));
        if (permille / 10 == lastPermille / 10 && modelId.equals(lastModel) && done != total) {
            return;
        }
        lastPermille = permille;
        lastModel = modelId;
        int filled = permille * WIDTH / 1000;
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%", permille / 10)
                + "  mô hình " + (modelIndex + 1) + "/" + modelCount + " " + modelId + "  " + done + "/" + total + "   ");
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
