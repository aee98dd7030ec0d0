package dev.thumbnailer.local.runner;

import java.io.PrintStream;

/** "[12/340] name" per file while a folder is processed: rewritten in place on a terminal, one line each otherwise. */
final class Progress {

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private final boolean terminal;

    Progress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
        this.terminal = System.console() != null && System.console().isTerminal();
    }

    void step(int index, String name) {
        if (!enabled) {
            return;
        }
        String line = "[" + index + "/" + total + "] " + name;
        if (terminal) {
            err.print("\r\033[K" + line);
        } else {
            err.println(line);
        }
    }

    void done() {
        if (enabled && terminal) {
            err.print("\r\033[K");
        }
        err.flush();
    }
}
