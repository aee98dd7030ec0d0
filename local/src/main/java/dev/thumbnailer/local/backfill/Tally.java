package dev.thumbnailer.local.backfill;

import dev.thumbnailer.service.BackfillResult;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counts by result, safe to update from the workers; renders the summary table. */
final class Tally {

    private final Map<BackfillResult.Status, LongAdder> counts = new EnumMap<>(BackfillResult.Status.class);
    private final Map<String, LongAdder> rejections = new java.util.concurrent.ConcurrentHashMap<>();
    private final LongAdder failed = new LongAdder();
    private final AtomicLong done = new AtomicLong();

    Tally() {
        for (BackfillResult.Status status : BackfillResult.Status.values()) {
            counts.put(status, new LongAdder());
        }
    }

    void add(BackfillResult result) {
        counts.get(result.status()).increment();
        if (result.status() == BackfillResult.Status.REJECTED) {
            rejections.computeIfAbsent(result.detail(), k -> new LongAdder()).increment();
        }
        done.incrementAndGet();
    }

    void failed() {
        failed.increment();
        done.incrementAndGet();
    }

    long done() {
        return done.get();
    }

    long failures() {
        return failed.sum();
    }

    long count(BackfillResult.Status status) {
        return counts.get(status).sum();
    }

    /** The summary table: one row per kind of result, what a dry run would have changed said as such. */
    String table(boolean dryRun, double seconds) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put(dryRun ? "would create (originals)" : "created (originals)", count(BackfillResult.Status.CREATED));
        rows.put("current", count(BackfillResult.Status.CURRENT));
        rows.put("rejected", count(BackfillResult.Status.REJECTED));
        rows.put(dryRun ? "orphans to remove" : "orphans removed", count(BackfillResult.Status.ORPHAN_REMOVED));
        rows.put("skipped", count(BackfillResult.Status.SKIPPED));
        rows.put("failed", failures());
        StringBuilder out = new StringBuilder();
        rows.forEach((label, n) -> out.append(String.format(Locale.ROOT, "  %-26s %10d%n", label, n)));
        rejections.forEach((code, n) -> out.append(String.format(Locale.ROOT, "    rejected:%-17s %10d%n", code, n.sum())));
        out.append(String.format(Locale.ROOT, "  %-26s %10d in %.1f s (%.0f objects/s)%n", "total", done(), seconds, done() / Math.max(seconds, 1e-3)));
        return out.toString();
    }
}
