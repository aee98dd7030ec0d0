package dev.thumbnailer.service;

import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.storage.ObjectStore;

/**
 * Removes every derivative of a deleted original. Because a delete event may arrive after the key
 * was uploaded again, it first checks the original is really gone; and if it re-appears while the
 * derivatives are being removed, it hands over to {@link ThumbnailService}, which rebuilds them.
 */
public final class ThumbnailCleaner {

    private final ObjectStore store;
    private final DerivativeKeys keys;
    private final ThumbnailService thumbnails;

    public ThumbnailCleaner(ObjectStore store, DerivativeKeys keys, ThumbnailService thumbnails) {
        this.store = store;
        this.keys = keys;
        this.thumbnails = thumbnails;
    }

    public Outcome clean(SourceObject source) {
        long start = System.nanoTime();
        if (keys.isUnderPrefix(source.key())) {
            // Deleting a thumbnail by hand must never cascade or re-create anything.
            return new Outcome.Skipped(source.bucket(), source.key(), "key is under the thumbnail prefix " + keys.prefix(), ThumbnailService.ms(start));
        }
        if (store.head(source.bucket(), source.key()).isPresent()) {
            return new Outcome.Skipped(source.bucket(), source.key(),
                    "original exists again; its derivatives are kept (its create event keeps them current)", ThumbnailService.ms(start));
        }
        return thumbnails.removeIfStillAbsent(source, start).orElseGet(() -> thumbnails.process(source));
    }
}
