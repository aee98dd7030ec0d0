package dev.thumbnailer.service;

import dev.thumbnailer.image.Rejection;
import dev.thumbnailer.image.Rendering;
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
 * and in whatever order events arrive: derivatives of the current content, or none when the
 * original is gone or rejected. Each round reads the original as it is now (not as the event
 * described it), acts, then re-reads it: if it changed meanwhile, another round follows, so a late
 * or duplicate event can never leave thumbnails of content that is no longer there.
 */
public final class ThumbnailService {

    /** Each further change has its own event; a few rounds are enough to hand over to it. */
    static final int MAX_ROUNDS = 3;

    private final ObjectStore store;
    private final ThumbnailPipeline pipeline;
    private final DerivativeKeys keys;
    private final DerivativeObjects derivatives;
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
        this.derivatives = new DerivativeObjects(store, keys);
        this.maxSourceBytes = maxSourceBytes;
        this.destination = destination;
    }

    /** An original was created or replaced: its derivatives are made for what it holds now. */
    public Outcome created(SourceObject source) {
        long start = System.nanoTime();
        if (keys.isUnderPrefix(source.key())) {
            return underPrefix(source, start);
        }
        return converge(source, start);
    }

    /**
     * An original was deleted. A delete event may arrive after the key was uploaded again, so the
     * original must really be gone; and should it re-appear while its derivatives are removed, the
     * create rounds rebuild them.
     */
    public Outcome removed(SourceObject source) {
        long start = System.nanoTime();
        if (keys.isUnderPrefix(source.key())) {
            return underPrefix(source, start); // deleting a thumbnail by hand must never cascade or re-create anything
        }
        if (store.head(source.bucket(), source.key()).isPresent()) {
            return new Outcome.Skipped(source.bucket(), source.key(),
                    "original exists again; its derivatives are kept (its create event keeps them current)", ms(start));
        }
        return removeIfStillAbsent(source, start) instanceof Round.Settled settled ? settled.outcome() : converge(source, start);
    }

    private Outcome converge(SourceObject source, long start) {
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            if (round(source, start) instanceof Round.Settled settled) {
                return settled.outcome();
            }
        }
        return new Outcome.Skipped(source.bucket(), source.key(),
                "original changed " + MAX_ROUNDS + " times while processing; the event of its latest change completes the work", ms(start));
    }

    private Round round(SourceObject source, long start) {
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
            return new Round.OriginalChanged(); // replaced or deleted between HEAD and GET
        }
        Rendering rendering;
        try {
            rendering = pipeline.renderTimed(source.key(), bytes.get());
        } catch (UploadRejectedException e) {
            return reject(source, info, e.rejection(), start);
        }
        long storeStart = System.nanoTime();
        List<String> written = derivatives.writeAll(destination.apply(source.bucket()), source.key(), rendering.thumbnails(), info);
        Measures measures = Measures.of(info, rendering, System.nanoTime() - storeStart);
        List<String> notes = rendering.thumbnails().stream().flatMap(t -> t.notes().stream()).distinct().toList();
        return Round.settledIf(unchanged(source, info),
                new Outcome.Thumbnailed(source.bucket(), source.key(), written, ms(start), notes, measures));
    }

    private Round removeIfStillAbsent(SourceObject source, long start) {
        List<String> cleared = derivatives.removeAll(destination.apply(source.bucket()), source.key());
        boolean stillAbsent = store.head(source.bucket(), source.key()).isEmpty();
        return Round.settledIf(stillAbsent, new Outcome.Cleaned(source.bucket(), source.key(), cleared, ms(start)));
    }

    /** A rejected upload must not keep the thumbnails of whatever it replaced. */
    private Round reject(SourceObject source, ObjectInfo info, Rejection rejection, long start) {
        derivatives.removeAll(destination.apply(source.bucket()), source.key());
        rejections.record(destination.apply(source.bucket()), source.key(), info, rejection);
        return Round.settledIf(unchanged(source, info), new Outcome.Rejected(source.bucket(), source.key(), rejection, ms(start)));
    }

    private boolean unchanged(SourceObject source, ObjectInfo before) {
        return store.head(source.bucket(), source.key()).map(now -> Objects.equals(now.eTag(), before.eTag())
                && Objects.equals(now.versionId(), before.versionId())).orElse(false);
    }

    private Outcome underPrefix(SourceObject source, long start) {
        return new Outcome.Skipped(source.bucket(), source.key(), "key is under the thumbnail prefix " + keys.prefix(), ms(start));
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
