package dev.thumbnailer.storage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The storage the services need, and no more. {@link S3ObjectStore} is the only implementation and
 * the only class that imports the S3 SDK. Failures are {@link StorageException}s naming bucket and
 * key; "not found" is a value (empty), never an exception.
 */
public interface ObjectStore {

    Optional<ObjectInfo> head(String bucket, String key);

    /** The object's bytes if it still has {@code eTag}; empty if it is gone or has changed since. */
    Optional<byte[]> getIfMatch(String bucket, String key, String eTag);

    void put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata);

    /** Deletes every key, in batches; keys already absent count as deleted. */
    void deleteAll(String bucket, Collection<String> keys);

    /** The first-level "folders" directly under {@code prefix}, e.g. {@code thumbnails/small/}. */
    List<String> listFolders(String bucket, String prefix);

    /**
     * Every object under {@code prefix}, in key order, one page (at most 1000) at a time: a bucket
     * of millions is walked without holding it, and a consumer that throws stops the walk.
     */
    void listPages(String bucket, String prefix, Consumer<List<ListedObject>> page);
}
