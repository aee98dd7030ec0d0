package dev.thumbnailer.it;

import dev.thumbnailer.storage.ObjectInfo;
import dev.thumbnailer.storage.ObjectStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the S3 requests the services make (a decorator over the real store: every call still
 * crosses the wire to the server). DeleteObjects and paginated LIST count one per request sent.
 */
final class CountingObjectStore implements ObjectStore {

    private final ObjectStore delegate;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    CountingObjectStore(ObjectStore delegate) {
        this.delegate = delegate;
    }

    Map<String, Long> counts() {
        return counts.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum()));
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    void reset() {
        counts.clear();
    }

    private void count(String operation) {
        counts.computeIfAbsent(operation, k -> new LongAdder()).increment();
    }

    @Override
    public Optional<ObjectInfo> head(String bucket, String key) {
        count("HEAD");
        return delegate.head(bucket, key);
    }

    @Override
    public Optional<byte[]> getIfMatch(String bucket, String key, String eTag) {
        count("GET");
        return delegate.getIfMatch(bucket, key, eTag);
    }

    @Override
    public void put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata) {
        count("PUT");
        delegate.put(bucket, key, bytes, contentType, metadata);
    }

    @Override
    public void deleteAll(String bucket, Collection<String> keys) {
        count("DELETE");
        delegate.deleteAll(bucket, keys);
    }

    @Override
    public List<String> listFolders(String bucket, String prefix) {
        count("LIST");
        return delegate.listFolders(bucket, prefix);
    }
}
