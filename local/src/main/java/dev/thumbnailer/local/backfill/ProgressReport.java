package dev.thumbnailer.local.backfill;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress while a backfill runs: on a terminal a bar rewritten in place with objects/s and ETA;
 * otherwise (a log, CI) a plain line every {@code plainEvery}. While the bucket is still being
 * listed the total is a lower bound, and so is the ETA ({@code >0:42}).
 */
final class ProgressReport implements AutoCloseable {

    private final PrintStream err;
    private final LongSupplier done;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
    });
    private volatile long listed;
    private volatile boolean listingDone;

    ProgressReport(PrintStream err, LongSupplier done, boolean terminal, long plainEveryMillis) {
        this.err = err;
        this.done = done;
        this.terminal = terminal;
        long period = terminal ? 250 : plainEveryMillis;
        timer.scheduleAtFixedRate(this::print, period, period, TimeUnit.MILLISECONDS);
    }

    static boolean onTerminal() {
        return System.console() != null && System.console().isTerminal();
    }

    void listed(long count, boolean complete) {
        listed = count;
        listingDone = complete;
    }

    String line() {
        long n = done.getAsLong();
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        double rate = n / seconds;
        String total = listingDone ? String.valueOf(listed) : listed + "+ (listing)";
        String eta = rate <= 0 ? "?" : (listingDone ? "" : ">") + clock((listed - n) / rate);
        String text = String.format(Locale.ROOT, "%d/%s objects  %.1f/s  elapsed %s  ETA %s", n, total, rate, clock(seconds), eta);
        if (!terminal) {
            return text;
        }
        int width = 30;
        int filled = listed == 0 ? 0 : (int) Math.min(width, width * n / listed);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + text;
    }

    private void print() {
        if (terminal) {
            err.print("\r\033[K" + line());
        } else {
            err.println(line());
        }
        err.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (terminal) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
