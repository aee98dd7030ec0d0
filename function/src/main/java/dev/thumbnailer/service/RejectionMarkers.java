package dev.thumbnailer.service;

import dev.thumbnailer.image.Rejection;
import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.storage.ObjectInfo;
import dev.thumbnailer.storage.ObjectStore;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Rejections recorded as small objects: {@code <prefix>_rejected/<K>} holds the reason as UTF-8
 * text, the rejection code and the rejected original's ETag as metadata. It sits beside the size
 * folders, so whatever removes an original's derivatives (a delete, a rejection of a later
 * version) removes it too. A successful upload does not delete it (that would cost every good
 * image a request); instead a marker counts only while its ETag is the original's current one.
 * Two readers: the upload API shows the reason to the uploader, and the backfill reports a
 * rejected original from one HEAD instead of downloading and rejecting it again on every run.
 */
public final class RejectionMarkers implements RejectionRecorder {

    /** What a reader learns from a current marker. */
    public record Recorded(String code, String reason) {
    }

    private final ObjectStore store;
    private final DerivativeKeys keys;

    public RejectionMarkers(ObjectStore store, DerivativeKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    public String markerKey(String originalKey) {
        return keys.derivativeKey(DerivativeKeys.REJECTED_FOLDER, originalKey);
    }

    @Override
    public void record(String bucket, String originalKey, ObjectInfo original, Rejection rejection) {
        store.put(bucket, markerKey(originalKey), rejection.reason().getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8",
                Map.of(DerivativeMetadata.SOURCE_ETAG, original.eTag(), DerivativeMetadata.REJECTION_CODE, rejection.code()));
    }

    /** The rejection code recorded for exactly this content, from a HEAD alone; empty if none or only an older version's. */
    public Optional<String> recordedCode(String bucket, String originalKey, String currentETag) {
        return store.head(bucket, markerKey(originalKey))
                .filter(info -> Objects.equals(info.metadata().get(DerivativeMetadata.SOURCE_ETAG), currentETag))
                .map(info -> info.metadata().getOrDefault(DerivativeMetadata.REJECTION_CODE, "rejected"));
    }

    /** The rejection of the original whose ETag is {@code currentETag}; empty if none or only an older version's. */
    public Optional<Recorded> current(String bucket, String originalKey, String currentETag) {
        String key = markerKey(originalKey);
        Optional<ObjectInfo> marker = store.head(bucket, key)
                .filter(info -> Objects.equals(info.metadata().get(DerivativeMetadata.SOURCE_ETAG), currentETag));
        return marker.flatMap(info -> store.getIfMatch(bucket, key, info.eTag())
                .map(body -> new Recorded(info.metadata().getOrDefault(DerivativeMetadata.REJECTION_CODE, "rejected"),
                        new String(body, StandardCharsets.UTF_8))));
    }
}
