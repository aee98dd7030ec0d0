package dev.thumbnailer.local.backfill;

import dev.thumbnailer.config.InvalidSettingsException;
import dev.thumbnailer.config.Settings;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.handler.FunctionComponents;
import dev.thumbnailer.image.ThumbnailSize;
import dev.thumbnailer.service.Backfill;
import dev.thumbnailer.storage.ObjectStore;
import dev.thumbnailer.storage.S3Clients;
import dev.thumbnailer.storage.S3ObjectStore;
import dev.thumbnailer.storage.StorageException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * {@code ./backfill}: the images already in a bucket brought up to date from one machine, with the
 * functions' own core ({@link Backfill}) and configuration (the same environment variables).
 * Exit status 0 when nothing failed, 1 when anything did, 2 for bad usage or configuration.
 */
public final class BackfillCli {

    /** Plain progress lines (not on a terminal) this often. */
    static final long PLAIN_PROGRESS_MILLIS = 10_000;

    private BackfillCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err, ProgressReport.onTerminal()));
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {
        return run(args, env, settings -> new S3ObjectStore(S3Clients.create(settings, env)), out, err, terminal);
    }

    /** With the store made by {@code stores} from the parsed settings (tests count or fail its requests). */
    public static int run(String[] args, Map<String, String> env, Function<Settings, ObjectStore> stores, PrintStream out, PrintStream err,
                          boolean terminal) {
        if (Arrays.asList(args).contains("--help")) {
            out.print(BackfillOptionsCli.USAGE);
            return 0;
        }
        BackfillOptionsCli options;
        Settings settings;
        try {
            options = BackfillOptionsCli.parse(args);
            settings = SettingsParser.parse(env);
        } catch (IllegalArgumentException | InvalidSettingsException e) {
            err.println(e.getMessage());
            err.print(BackfillOptionsCli.USAGE);
            return 2;
        }
        if (options.batchJob().isPresent()) {
            out.print(BatchJobInput.json(options.bucket(), options.prefix(), settings.thumbnailPrefix(), options.backfill(), options.batchJob().get()));
            return 0;
        }
        return backfill(options, settings, stores.apply(settings), out, err, terminal);
    }

    static int backfill(BackfillOptionsCli options, Settings settings, ObjectStore store, PrintStream out, PrintStream err, boolean terminal) {
        FunctionComponents components = FunctionComponents.withStore(settings, store);
        Backfill backfill = new Backfill(store, components.thumbnails(), components.keys(), settings.sizes().stream().map(ThumbnailSize::name).toList(),
                settings::destinationFor, options.backfill());
        BackfillRun run = new BackfillRun(store, backfill, components.keys(), options.concurrency(), out, err);
        boolean dryRun = options.backfill().dryRun();
        long start = System.nanoTime();
        AtomicBoolean finished = new AtomicBoolean();
        // Ctrl-C: every object is idempotent, so stopping anywhere is safe; say so, with what was done.
        Thread onInterrupt = new Thread(() -> {
            if (!finished.get()) {
                out.println();
                out.println("interrupted: run the same command again to continue (objects already current cost only HEAD requests)");
                out.print(run.tally().table(dryRun, seconds(start)));
                out.flush();
            }
        });
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        int status;
        try (ProgressReport progress = new ProgressReport(err, run.tally()::done, terminal, PLAIN_PROGRESS_MILLIS)) {
            run.run(options.bucket(), options.prefix(), progress);
            status = run.tally().failures() > 0 ? 1 : 0;
        } catch (StorageException e) {
            err.println("listing s3://" + options.bucket() + "/" + options.prefix() + " failed, stopping: " + e.getMessage());
            status = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 1;
        } finally {
            finished.set(true);
            removeHook(onInterrupt);
        }
        out.println((dryRun ? "dry run (nothing changed): " : "") + (options.backfill().reconcile() ? "reconcile" : "backfill")
                + " of s3://" + options.bucket() + "/" + options.prefix() + " with THUMBNAIL_SIZES " + names(settings));
        out.print(run.tally().table(dryRun, seconds(start)));
        return status;
    }

    private static String names(Settings settings) {
        return String.join(",", settings.sizes().stream().map(ThumbnailSize::name).toList());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
    }
}
