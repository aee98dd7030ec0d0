package dev.thumbnailer.local.backfill;

import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.service.Backfill;
import dev.thumbnailer.service.BackfillResult;
import dev.thumbnailer.storage.ListedObject;
import dev.thumbnailer.storage.ObjectStore;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * One machine's backfill: the bucket is listed page by page and each object goes to {@link Backfill}
 * on one of {@code concurrency} workers; the listing runs up to {@link #LISTED_AHEAD} objects ahead
 * (so the total, hence the ETA, is known early) and waits beyond. The listing's ETag stands in for
 * a HEAD of the original. In reconcile mode the thumbnail prefix is listed too, for orphans of
 * originals under {@code prefix}; a derivative whose original this run has already listed is
 * kept without a HEAD (that costs memory for the keys: beyond millions, use Batch Operations).
 */
final class BackfillRun {

    private static final int ERRORS_SHOWN = 20;
    static final int LISTED_AHEAD = 10_000;

    private final ObjectStore store;
    private final Backfill backfill;
    private final DerivativeKeys keys;
    private final int concurrency;
    private final PrintStream out;
    private final PrintStream err;
    private final Tally tally = new Tally();
    private final AtomicLong listed = new AtomicLong();
    private final Set<String> listedOriginals = ConcurrentHashMap.newKeySet();

    BackfillRun(ObjectStore store, Backfill backfill, DerivativeKeys keys, int concurrency, PrintStream out, PrintStream err) {
        this.store = store;
        this.backfill = backfill;
        this.keys = keys;
        this.concurrency = concurrency;
        this.out = out;
        this.err = err;
    }

    Tally tally() {
        return tally;
    }

    /** Lists and processes everything; returns when every object is done (or throws if the listing fails). */
    Tally run(String bucket, String prefix, ProgressReport progress) throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency + LISTED_AHEAD);
        try (ExecutorService workers = Executors.newFixedThreadPool(concurrency)) {
            boolean reconcile = backfill.options().reconcile();
            store.listPages(bucket, prefix, page -> submitAll(bucket, page, reconcile, slots, workers, progress, k -> true));
            if (reconcile && !keys.prefix().startsWith(prefix)) {
                store.listPages(bucket, keys.prefix(), page -> submitAll(bucket, page, true, slots, workers, progress,
                        k -> keys.parse(k).map(d -> d.originalKey().startsWith(prefix)).orElse(false)));
            }
            progress.listed(listed.get(), true);
            workers.shutdown();
            workers.awaitTermination(365, TimeUnit.DAYS);
        }
        return tally;
    }

    private void submitAll(String bucket, List<ListedObject> page, boolean derivativesToo, Semaphore slots, ExecutorService workers,
                           ProgressReport progress, Predicate<String> wanted) {
        for (ListedObject object : page) {
            if ((keys.isUnderPrefix(object.key()) && !derivativesToo) || !wanted.test(object.key())) {
                continue; // a derivative is never an original; in backfill mode it is not even looked at
            }
            if (derivativesToo && !keys.isUnderPrefix(object.key())) {
                listedOriginals.add(object.key());
            }
            slots.acquireUninterruptibly();
            progress.listed(listed.incrementAndGet(), false);
            workers.submit(() -> {
                try {
                    process(bucket, object);
                } finally {
                    slots.release();
                }
            });
        }
    }

    private static final BackfillResult KEPT = new BackfillResult(BackfillResult.Status.SKIPPED, 0, "derivative", false);

    /** A derivative (in a configured size folder, unless those do not matter) whose original this run listed. */
    private boolean ofListedOriginal(String key) {
        return !backfill.options().removeUnknownSizes() && keys.parse(key).map(d -> listedOriginals.contains(d.originalKey())).orElse(false);
    }

    private void process(String bucket, ListedObject object) {
        try {
            BackfillResult result = ofListedOriginal(object.key()) ? KEPT : backfill.process(bucket, object.key(), Optional.of(object));
            tally.add(result);
            if (result.dryRun()) {
                out.println(result.resultString() + "  " + object.key());
            }
        } catch (RuntimeException e) {
            tally.failed();
            if (tally.failures() <= ERRORS_SHOWN) {
                err.println("FAILED " + object.key() + ": " + e.getMessage());
            }
        }
    }
}
