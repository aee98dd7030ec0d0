package dev.thumbnailer.handler;

import dev.thumbnailer.image.PipelinePriming;
import dev.thumbnailer.image.ThumbnailPipeline;
import dev.thumbnailer.storage.S3Priming;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart runtime hook: before the snapshot, run the image pipeline and the S3 client once on
 * canned inputs, so a restored function handles its first event with classes loaded and code
 * warmed. Does nothing without SnapStart (org.crac then has no checkpoint to announce).
 */
final class SnapStartPriming implements Resource {

    private final ThumbnailPipeline pipeline;
    private final String region;

    private SnapStartPriming(ThumbnailPipeline pipeline, String region) {
        this.pipeline = pipeline;
        this.region = region;
    }

    /** Registers a priming hook; the caller keeps the returned reference (the CRaC context may hold it weakly). */
    static SnapStartPriming register(ThumbnailPipeline pipeline, String region) {
        SnapStartPriming priming = new SnapStartPriming(pipeline, region);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        PipelinePriming.exercise(pipeline);
        S3Priming.exercise(region);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: the S3 client resolves credentials lazily through the default chain.
    }
}
