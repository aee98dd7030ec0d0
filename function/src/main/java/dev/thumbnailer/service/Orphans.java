package dev.thumbnailer.service;

import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.service.BackfillResult.Status;
import dev.thumbnailer.storage.ObjectStore;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reconcile for one derivative key: an orphan (its original gone) is removed; a derivative in a
 * size folder no longer configured is removed when asked. Originals are assumed in the same
 * bucket as their derivatives (DESTINATION_BUCKET unset). Should the original re-appear while
 * its orphan is being removed, the thumbnail service rebuilds its derivatives, as the cleanup
 * function does.
 */
final class Orphans {

    private final ObjectStore store;
    private final ThumbnailService thumbnails;
    private final DerivativeKeys keys;
    private final Set<String> knownFolders;
    private final BackfillOptions options;

    Orphans(ObjectStore store, ThumbnailService thumbnails, DerivativeKeys keys, Set<String> knownFolders, BackfillOptions options) {
        this.store = store;
        this.thumbnails = thumbnails;
        this.keys = keys;
        this.knownFolders = Set.copyOf(knownFolders);
        this.options = options;
    }

    BackfillResult check(String bucket, String key) {
        Optional<DerivativeKeys.Derivative> derivative = keys.parse(key);
        if (derivative.isEmpty()) {
            return BackfillResult.skipped("not-a-derivative");
        }
        if (options.removeUnknownSizes() && !knownFolders.contains(derivative.get().sizeName())) {
            return remove(bucket, key, "unknown-size");
        }
        SourceObject original = new SourceObject(bucket, derivative.get().originalKey());
        if (store.head(bucket, original.key()).isPresent()) {
            return BackfillResult.skipped("derivative");
        }
        BackfillResult removed = remove(bucket, key, "");
        if (!options.dryRun() && store.head(bucket, original.key()).isPresent()) {
            thumbnails.created(original);
            return BackfillResult.skipped("original-reappeared");
        }
        return removed;
    }

    private BackfillResult remove(String bucket, String key, String why) {
        if (!options.dryRun()) {
            store.deleteAll(bucket, List.of(key));
        }
        return new BackfillResult(Status.ORPHAN_REMOVED, 1, why, options.dryRun());
    }
}
