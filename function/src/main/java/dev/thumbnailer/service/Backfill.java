package dev.thumbnailer.service;

import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.service.BackfillResult.Status;
import dev.thumbnailer.storage.ListedObject;
import dev.thumbnailer.storage.ObjectInfo;
import dev.thumbnailer.storage.ObjectStore;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Brings the derivatives of objects that are already in a bucket up to date, one key at a time,
 * for both runners (the Batch Operations function and the one-machine CLI). For an original:
 * when every configured size exists and records the original's ETag, it is current and costs only
 * HEADs (no GET, no decode); otherwise the thumbnail service makes them, with its usual
 * convergence. In reconcile mode a derivative key is checked too: removed when its original is
 * gone (or, optionally, when its size is no longer configured). Keys under the prefix are never
 * treated as originals.
 */
public final class Backfill {

    private final ObjectStore store;
    private final ThumbnailService thumbnails;
    private final DerivativeKeys keys;
    private final List<String> sizeNames;
    private final UnaryOperator<String> destination;
    private final BackfillOptions options;
    private final RejectionMarkers markers;
    private final Orphans orphans;

    public Backfill(ObjectStore store, ThumbnailService thumbnails, DerivativeKeys keys, List<String> sizeNames,
                    UnaryOperator<String> destination, BackfillOptions options) {
        this.store = store;
        this.thumbnails = thumbnails;
        this.keys = keys;
        this.sizeNames = List.copyOf(sizeNames);
        this.destination = destination;
        this.options = options;
        this.markers = new RejectionMarkers(store, keys);
        Set<String> known = new HashSet<>(sizeNames);
        known.add(DerivativeKeys.REJECTED_FOLDER);
        this.orphans = new Orphans(store, thumbnails, keys, known, options);
    }

    public BackfillOptions options() {
        return options;
    }

    /**
     * @param listed what a listing already said about the key (saves a HEAD); empty: HEAD it
     */
    public BackfillResult process(String bucket, String key, Optional<ListedObject> listed) {
        if (keys.isUnderPrefix(key)) {
            return options.reconcile() ? orphans.check(bucket, key) : BackfillResult.skipped("derivative");
        }
        Optional<String> eTag = listed.map(ListedObject::eTag).or(() -> store.head(bucket, key).map(ObjectInfo::eTag));
        if (eTag.isEmpty()) {
            return BackfillResult.skipped("gone"); // its delete event (or a reconcile of its derivatives) clears them
        }
        return original(new SourceObject(bucket, key), eTag.get());
    }

    private BackfillResult original(SourceObject source, String eTag) {
        String target = destination.apply(source.bucket());
        int outdated = 0;
        boolean anyPresent = false;
        for (String size : sizeNames) {
            Optional<ObjectInfo> derivative = store.head(target, keys.derivativeKey(size, source.key()));
            anyPresent |= derivative.isPresent();
            if (!derivative.map(d -> eTag.equals(d.metadata().get(DerivativeMetadata.SOURCE_ETAG))).orElse(false)) {
                outdated++; // missing, made from other content, or from before source-etag was recorded
            }
        }
        if (outdated == 0) {
            return BackfillResult.current();
        }
        if (!anyPresent) { // a rejected original has no derivatives: only then can a marker apply
            Optional<String> rejection = markers.recordedCode(target, source.key(), eTag);
            if (rejection.isPresent()) {
                return BackfillResult.rejected(rejection.get());
            }
        }
        return options.dryRun() ? new BackfillResult(Status.CREATED, outdated, "", true) : render(source, target, eTag, outdated);
    }

    /** Every size is rendered from one decode, so the current ones are rewritten too; {@code created:N} counts the outdated. */
    private BackfillResult render(SourceObject source, String target, String eTag, int outdated) {
        return switch (thumbnails.created(source)) {
            case Outcome.Thumbnailed t -> new BackfillResult(Status.CREATED, outdated, "", false);
            case Outcome.Rejected r -> BackfillResult.rejected(r.rejection().code()); // the service left the marker
            case Outcome.Cleaned c -> BackfillResult.skipped("gone");
            case Outcome.Skipped s -> BackfillResult.skipped("changed"); // its own event finishes the work
        };
    }
}
