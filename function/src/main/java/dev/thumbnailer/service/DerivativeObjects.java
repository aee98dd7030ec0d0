package dev.thumbnailer.service;

import dev.thumbnailer.image.Thumbnail;
import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.storage.ObjectInfo;
import dev.thumbnailer.storage.ObjectStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes and removes the derivatives of one original. Writes go out concurrently (virtual threads:
 * each upload mostly waits on the network). Removal covers every size folder that exists, so
 * sizes dropped from THUMBNAIL_SIZES are cleaned too.
 */
final class DerivativeObjects {

    private final ObjectStore store;
    private final DerivativeKeys keys;
    private final ExecutorService uploads = Executors.newVirtualThreadPerTaskExecutor();

    DerivativeObjects(ObjectStore store, DerivativeKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    /** Puts every thumbnail, tagged with the source's ETag (and version), and returns their keys. */
    List<String> writeAll(String bucket, String originalKey, List<Thumbnail> thumbnails, ObjectInfo source) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(DerivativeMetadata.SOURCE_ETAG, source.eTag());
        source.versionId().ifPresent(v -> metadata.put(DerivativeMetadata.SOURCE_VERSION_ID, v));
        List<Future<String>> puts = new ArrayList<>();
        for (Thumbnail thumbnail : thumbnails) {
            String key = keys.derivativeKey(thumbnail.size().name(), originalKey);
            // Dimensions in metadata let a HEAD answer "how big is it" without reading the image.
            Map<String, String> own = new HashMap<>(metadata);
            own.put(DerivativeMetadata.WIDTH, Integer.toString(thumbnail.width()));
            own.put(DerivativeMetadata.HEIGHT, Integer.toString(thumbnail.height()));
            puts.add(uploads.submit(() -> {
                store.put(bucket, key, thumbnail.bytes(), thumbnail.contentType(), own);
                return key;
            }));
        }
        return awaitAll(puts);
    }

    /** Removes the original's derivative in every existing size folder; returns the keys cleared. */
    List<String> removeAll(String bucket, String originalKey) {
        List<String> derivatives = store.listFolders(bucket, keys.prefix()).stream()
                .map(folder -> keys.derivativeKeyInFolder(folder, originalKey))
                .toList();
        if (!derivatives.isEmpty()) {
            store.deleteAll(bucket, derivatives);
        }
        return derivatives;
    }

    private static List<String> awaitAll(List<Future<String>> puts) {
        List<String> written = new ArrayList<>();
        RuntimeException failure = null;
        for (Future<String> put : puts) {
            try {
                written.add(put.get());
            } catch (ExecutionException e) {
                failure = addFailure(failure, e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = addFailure(failure, new IllegalStateException("interrupted while uploading", e));
            }
        }
        if (failure != null) {
            throw failure; // infrastructure: let Lambda retry the whole record
        }
        return written;
    }

    private static RuntimeException addFailure(RuntimeException first, RuntimeException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
