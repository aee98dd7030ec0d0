package dev.thumbnailer.service;

import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.storage.ObjectStore;
import java.util.Map;
import java.util.Optional;

/**
 * A rejected original has no derivatives, so a backfill cannot tell it from a new one by HEADs
 * alone and would GET, decode and reject it again on every run. The backfill therefore leaves an
 * empty marker at {@code <prefix>.rejected/<key>} recording the rejected content's ETag and the
 * reason: the next run HEADs it and reports the rejection without a GET. It lives in a folder
 * under the prefix, so the cleanup of a deleted original removes it with the derivatives (every
 * folder under the prefix is cleared), and a changed original (new ETag) is looked at afresh.
 */
final class RejectionMarkers {

    static final String FOLDER = ".rejected";
    static final String REJECTION_CODE = "rejection-code";

    private final ObjectStore store;
    private final DerivativeKeys keys;

    RejectionMarkers(ObjectStore store, DerivativeKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    /** The recorded rejection code, if a marker exists for exactly this content. */
    Optional<String> recorded(String bucket, String originalKey, String eTag) {
        return store.head(bucket, keys.derivativeKey(FOLDER, originalKey))
                .filter(marker -> eTag.equals(marker.metadata().get(DerivativeObjects.SOURCE_ETAG)))
                .map(marker -> marker.metadata().getOrDefault(REJECTION_CODE, "unknown"));
    }

    void record(String bucket, String originalKey, String eTag, String code) {
        store.put(bucket, keys.derivativeKey(FOLDER, originalKey), new byte[0], "application/octet-stream",
                Map.of(DerivativeObjects.SOURCE_ETAG, eTag, REJECTION_CODE, code));
    }
}
