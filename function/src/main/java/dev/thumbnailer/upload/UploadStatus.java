package dev.thumbnailer.upload;

import dev.thumbnailer.image.ThumbnailSize;
import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.service.DerivativeMetadata;
import dev.thumbnailer.service.RejectionMarkers;
import dev.thumbnailer.storage.ObjectInfo;
import dev.thumbnailer.storage.ObjectStore;
import dev.thumbnailer.storage.UploadStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of an upload, derived from the bucket alone (no database): "ready" when every size's
 * derivative exists and was made from the original's current ETag; "rejected" when the rejection
 * marker names that ETag; "pending" otherwise (not processed yet, or processing a replacement).
 * A ready image costs one HEAD per size plus one of the original; only the others read the marker.
 */
final class UploadStatus {

    private final ObjectStore objects;
    private final UploadStore urls;
    private final DerivativeKeys keys;
    private final RejectionMarkers markers;
    private final List<ThumbnailSize> sizes;
    private final Duration urlTtl;

    UploadStatus(ObjectStore objects, UploadStore urls, DerivativeKeys keys, List<ThumbnailSize> sizes, Duration urlTtl) {
        this.objects = objects;
        this.urls = urls;
        this.keys = keys;
        this.markers = new RejectionMarkers(objects, keys);
        this.sizes = List.copyOf(sizes);
        this.urlTtl = urlTtl;
    }

    /** The status body of an existing original; empty if there is no such object. */
    Optional<Map<String, Object>> of(String bucket, String thumbnailBucket, String key) {
        return objects.head(bucket, key).map(original -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("key", key);
            Optional<Map<String, Object>> ready = thumbnails(thumbnailBucket, key, original);
            if (ready.isPresent()) {
                body.put("state", "ready");
                body.put("thumbnails", ready.get());
                return body;
            }
            Optional<RejectionMarkers.Recorded> rejected = markers.current(thumbnailBucket, key, original.eTag());
            body.put("state", rejected.isPresent() ? "rejected" : "pending");
            rejected.ifPresent(r -> {
                body.put("reason", r.reason());
                body.put("code", r.code());
            });
            body.put("thumbnails", Map.of());
            return body;
        });
    }

    /** Every size's derivative, if all are current; empty at the first one missing or stale. */
    private Optional<Map<String, Object>> thumbnails(String bucket, String key, ObjectInfo original) {
        Map<String, Object> thumbnails = new LinkedHashMap<>();
        for (ThumbnailSize size : sizes) {
            String derivative = keys.derivativeKey(size.name(), key);
            Optional<ObjectInfo> info = objects.head(bucket, derivative)
                    .filter(d -> Objects.equals(d.metadata().get(DerivativeMetadata.SOURCE_ETAG), original.eTag()));
            if (info.isEmpty()) {
                return Optional.empty();
            }
            thumbnails.put(size.name(), thumbnail(bucket, derivative, info.get()));
        }
        return Optional.of(thumbnails);
    }

    private Map<String, Object> thumbnail(String bucket, String key, ObjectInfo info) {
        Map<String, Object> thumbnail = new LinkedHashMap<>();
        thumbnail.put("url", urls.presignGet(bucket, key, urlTtl).toString());
        thumbnail.put("width", dimension(info, DerivativeMetadata.WIDTH));
        thumbnail.put("height", dimension(info, DerivativeMetadata.HEIGHT));
        thumbnail.put("contentType", info.contentType().orElse(null));
        return thumbnail;
    }

    /** Derivatives made before dimensions were recorded have none: null, not a guess. */
    private static Integer dimension(ObjectInfo info, String name) {
        try {
            return Optional.ofNullable(info.metadata().get(name)).map(Integer::valueOf).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
