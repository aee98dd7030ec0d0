package dev.thumbnailer.service;

import dev.thumbnailer.image.Rejection;
import dev.thumbnailer.image.Thumbnail;
import dev.thumbnailer.image.ThumbnailPipeline;
import dev.thumbnailer.image.UploadRejectedException;
import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.storage.ObjectInfo;
import dev.thumbnailer.storage.ObjectStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Makes the derivatives of one original match its current content, whatever event brought us here
 * and in whatever order events arrive. Each attempt reads the original as it is now (not as the
 * event described it), acts, then re-reads it: if it changed meanwhile, the attempt is repeated, so
 * a late or duplicate event can never leave thumbnails of content that is no longer there.
 */
public final class ThumbnailService {

    /** Each further change has its own event; a few attempts are enough to hand over to it. */
    static final int MAX_ATTEMPTS = 3;

    private final ObjectStore store;
    private final ThumbnailPipeline pipeline;
    private final DerivativeKeys keys;
    private final DerivativeStore derivatives;
    private final long maxSourceBytes;
    private final UnaryOperator<String> destination;
    private final RejectionRecorder rejections;

    public ThumbnailService(ObjectStore store, ThumbnailPipeline pipeline, DerivativeKeys keys, long maxSourceBytes,
                            UnaryOperator<String> destination) {
        this(store, pipeline, keys, maxSourceBytes, destination, RejectionRecorder.NONE);
    }

    /** @param rejections told of every rejection, after the derivatives it replaces are removed */
    public ThumbnailService(ObjectStore store, ThumbnailPipeline pipeline, DerivativeKeys keys, long maxSourceBytes,
                            UnaryOperator<String> destination, RejectionRecorder rejections) {
        this.rejections = rejections;
        this.store = store;
        this.pipeline = pipeline;
        this.keys = keys;
        this.derivatives = new DerivativeStore(store, keys);
        this.maxSourceBytes = maxSourceBytes;
        this.destination = destination;
    }

    public Outcome process(SourceObject source) {
        long start = System.nanoTime();
        if (keys.isUnderPrefix(source.key())) {
            return new Outcome.Skipped(source.bucket(), source.key(), "key is under the thumbnail prefix " + keys.prefix(), ms(start));
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Outcome> settled = attempt(source, start);
            if (settled.isPresent()) {
                return settled.get();
            }
        }
        return new Outcome.Skipped(source.bucket(), source.key(),
                "original changed " + MAX_ATTEMPTS + " times while processing; the event of its latest change completes the work", ms(start));
    }

    /** Removes the derivatives of a deleted original; empty if it re-appeared and needs another attempt. */
    Optional<Outcome> removeIfStillAbsent(SourceObject source, long start) {
        List<String> cleared = derivatives.removeAll(destination.apply(source.bucket()), source.key());
        if (store.head(source.bucket(), source.key()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Outcome.Cleaned(source.bucket(), source.key(), cleared, ms(start)));
    }

    /** One read-act-verify round; empty when the original changed underneath us. */
    private Optional<Outcome> attempt(SourceObject source, long start) {
        Optional<ObjectInfo> current = store.head(source.bucket(), source.key());
        if (current.isEmpty()) {
            return removeIfStillAbsent(source, start);
        }
        ObjectInfo info = current.get();
        if (info.size() > maxSourceBytes) {
            return reject(source, info, new Rejection.TooLarge(info.size(), maxSourceBytes), start);
        }
        Optional<byte[]> bytes = store.getIfMatch(source.bucket(), source.key(), info.eTag());
        if (bytes.isEmpty()) {
            return Optional.empty(); // replaced or deleted between HEAD and GET
        }
        List<Thumbnail> thumbnails;
        try {
            thumbnails = pipeline.render(source.key(), bytes.get());
        } catch (UploadRejectedException e) {
            return reject(source, info, e.rejection(), start);
        }
        List<String> written = derivatives.writeAll(destination.apply(source.bucket()), source.key(), thumbnails, info);
        List<String> notes = thumbnails.stream().flatMap(t -> t.notes().stream()).distinct().toList();
        return unchanged(source, info) ? Optional.of(new Outcome.Thumbnailed(source.bucket(), source.key(), written, ms(start), notes)) : Optional.empty();
    }

    /** A rejected upload must not keep the thumbnails of whatever it replaced. */
    private Optional<Outcome> reject(SourceObject source, ObjectInfo info, Rejection rejection, long start) {
        derivatives.removeAll(destination.apply(source.bucket()), source.key());
        rejections.record(destination.apply(source.bucket()), source.key(), info, rejection);
        return unchanged(source, info) ? Optional.of(new Outcome.Rejected(source.bucket(), source.key(), rejection, ms(start))) : Optional.empty();
    }

    private boolean unchanged(SourceObject source, ObjectInfo before) {
        return store.head(source.bucket(), source.key()).map(now -> Objects.equals(now.eTag(), before.eTag())
                && Objects.equals(now.versionId(), before.versionId())).orElse(false);
    }

    static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
