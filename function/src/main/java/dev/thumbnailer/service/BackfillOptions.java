package dev.thumbnailer.service;

/**
 * How a backfill runs.
 *
 * @param reconcile          also remove orphans: derivatives whose original is gone
 * @param removeUnknownSizes with {@code reconcile}, also remove derivatives in size folders no longer in THUMBNAIL_SIZES
 * @param dryRun             change nothing; report what would change (HEAD and LIST only)
 */
public record BackfillOptions(boolean reconcile, boolean removeUnknownSizes, boolean dryRun) {

    public static final BackfillOptions BACKFILL = new BackfillOptions(false, false, false);

    public BackfillOptions {
        if (removeUnknownSizes && !reconcile) {
            throw new IllegalArgumentException("removing unknown size folders is part of reconcile");
        }
    }
}
