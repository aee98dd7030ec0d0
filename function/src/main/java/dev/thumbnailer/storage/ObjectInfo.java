package dev.thumbnailer.storage;

import java.util.Map;
import java.util.Optional;

/**
 * What a HEAD tells us about an object.
 *
 * @param eTag      without the surrounding quotes S3 sends
 * @param versionId present on versioned buckets
 */
public record ObjectInfo(long size, String eTag, Optional<String> versionId, Optional<String> contentType, Map<String, String> metadata) {

    public ObjectInfo {
        metadata = Map.copyOf(metadata);
    }
}
