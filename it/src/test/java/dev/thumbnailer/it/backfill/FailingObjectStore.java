package dev.thumbnailer.it.backfill;

import dev.thumbnailer.storage.ListedObject;
import dev.thumbnailer.storage.ObjectInfo;
import dev.thumbnailer.storage.ObjectStore;
import dev.thumbnailer.storage.StorageException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Passes HEADs and listings through; every GET and PUT fails as S3 would answer with {@code status}. */
final class FailingObjectStore implements ObjectStore {

    private final ObjectStore delegate;
    private final int status;

    FailingObjectStore(ObjectStore delegate, int status) {
        this.delegate = delegate;
        this.status = status;
    }

    @Override
    public Optional<ObjectInfo> head(String bucket, String key) {
        return delegate.head(bucket, key);
    }

    @Override
    public Optional<byte[]> getIfMatch(String bucket, String key, String eTag) {
        throw failure("GET", bucket, key);
    }

    @Override
    public void put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata) {
        throw failure("PUT", bucket, key);
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

    private StorageException failure(String operation, String bucket, String key) {
        return new StorageException(operation, bucket, key, S3Exception.builder().statusCode(status).message("injected " + status).build());
    }
}
