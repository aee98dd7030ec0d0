package dev.thumbnailer.it.operations;

import dev.thumbnailer.storage.ListedObject;
import dev.thumbnailer.storage.ObjectInfo;
import dev.thumbnailer.storage.ObjectStore;
import dev.thumbnailer.storage.StorageException;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A store to which some originals cannot be read (while their key is in {@code keys}), as during an outage or a missing permission. */
record UnreachableStore(ObjectStore delegate, Set<String> keys) implements ObjectStore {

    @Override
    public Optional<ObjectInfo> head(String bucket, String key) {
        if (keys.contains(key)) {
            throw new StorageException("HEAD", bucket, key, new IOException("connection reset"));
        }
        return delegate.head(bucket, key);
    }

    @Override
    public Optional<byte[]> getIfMatch(String bucket, String key, String eTag) {
        return delegate.getIfMatch(bucket, key, eTag);
    }

    @Override
    public void put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata) {
        delegate.put(bucket, key, bytes, contentType, metadata);
    }

    @Override
    public void deleteAll(String bucket, Collection<String> keys) {
        delegate.deleteAll(bucket, keys);
    }

    @Override
    public List<String> listFolders(String bucket, String prefix) {
        return delegate.listFolders(bucket, prefix);
    }

    @Override
    public void listPages(String bucket, String prefix, Consumer<List<ListedObject>> page) {
        delegate.listPages(bucket, prefix, page);
    }
}
