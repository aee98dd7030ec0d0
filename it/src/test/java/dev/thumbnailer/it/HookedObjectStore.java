package dev.thumbnailer.it;

import dev.thumbnailer.storage.ListedObject;
import dev.thumbnailer.storage.ObjectInfo;
import dev.thumbnailer.storage.ObjectStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs a one-off action (another client's upload or delete) right after the service's first call
 * of a given kind, to reproduce a race deterministically. Every call still goes to the real server.
 */
final class HookedObjectStore implements ObjectStore {

    enum After { FIRST_PUT, FIRST_DELETE, FIRST_GET }

    private final ObjectStore delegate;
    private final After when;
    private final Runnable action;
    private final AtomicBoolean fired = new AtomicBoolean();

    HookedObjectStore(ObjectStore delegate, After when, Runnable action) {
        this.delegate = delegate;
        this.when = when;
        this.action = action;
    }

    private void maybeFire(After event) {
        if (event == when && fired.compareAndSet(false, true)) {
            action.run();
        }
    }

    @Override
    public Optional<ObjectInfo> head(String bucket, String key) {
        return delegate.head(bucket, key);
    }

    @Override
    public Optional<byte[]> getIfMatch(String bucket, String key, String eTag) {
        Optional<byte[]> bytes = delegate.getIfMatch(bucket, key, eTag);
        maybeFire(After.FIRST_GET);
        return bytes;
    }

    @Override
    public void put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata) {
        delegate.put(bucket, key, bytes, contentType, metadata);
        maybeFire(After.FIRST_PUT);
    }

    @Override
    public void deleteAll(String bucket, Collection<String> keys) {
        delegate.deleteAll(bucket, keys);
        maybeFire(After.FIRST_DELETE);
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
