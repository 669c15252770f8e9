package dev.storyline.cli;

import java.io.PrintWriter;

/**
 * A progress bar on the error stream when it is a terminal; otherwise a line every tenth of the way, so logs
 * of long runs show progress without control characters.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private int lastTenth = -1;
    private boolean drawn;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    void update(int done, int total) {
        if (total < 20) return; // short runs need no progress report
        if (terminal) {
            int filled = (int) ((long) WIDTH * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " documents");
            err.flush();
            drawn = true;
        } else {
            int tenth = (int) (10L * done / total);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println("progress: " + done + "/" + total + " documents");
            }
        }
    }

    void finish() {
        if (drawn) err.println();
    }
}
