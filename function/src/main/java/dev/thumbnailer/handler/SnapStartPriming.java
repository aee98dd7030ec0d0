package dev.thumbnailer.handler;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import dev.thumbnailer.image.PipelinePriming;
import dev.thumbnailer.service.Outcome;
import dev.thumbnailer.storage.S3Priming;
import java.util.ArrayList;
import java.util.List;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart runtime hook: before the snapshot, do a function's whole work once on canned inputs, so
 * a restored function handles its first event with classes loaded and hot code compiled. Two
 * steps: the image pipeline on in-memory images ({@link PipelinePriming}), then an ObjectCreated
 * and an ObjectRemoved record through the same record loop, services, derivative uploads and
 * outcome log the handlers use, against an S3 client whose HTTP layer answers from memory
 * ({@link S3Priming}). Nothing touches the network and nothing is logged. Does nothing without
 * SnapStart (org.crac then has no checkpoint to announce).
 */
final class SnapStartPriming implements Resource {

    private final FunctionComponents components;

    private SnapStartPriming(FunctionComponents components) {
        this.components = components;
    }

    /** Registers a priming hook; the caller keeps the returned reference (the CRaC context may hold it weakly). */
    static SnapStartPriming register(FunctionComponents components) {
        SnapStartPriming priming = new SnapStartPriming(components);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    /** The priming itself; returns the two records' outcomes (thumbnailed and cleaned, unless the settings say otherwise). */
    List<Outcome> prime() {
        byte[] photo = PipelinePriming.photoJpeg();
        PipelinePriming.exercise(components.pipeline(), photo);
        List<Outcome> outcomes = new ArrayList<>();
        S3Priming.withCannedStore(components.settings(), photo, store -> {
            FunctionComponents canned = FunctionComponents.withStore(components.settings(), store);
            OutcomeLog quiet = new OutcomeLog(line -> { });
            outcomes.addAll(new RecordEdge(EventKind.CREATED, canned.thumbnails(), quiet)
                    .processAll(S3EventHandler.recordsOf(event("ObjectCreated:Put", S3Priming.ORIGINAL_KEY)), null));
            outcomes.addAll(new RecordEdge(EventKind.REMOVED, canned.thumbnails(), quiet)
                    .processAll(S3EventHandler.recordsOf(event("ObjectRemoved:Delete", S3Priming.GONE_KEY)), null));
        });
        return outcomes;
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: the S3 client resolves credentials lazily through the default chain.
    }

    /** An S3 notification as Lambda's runtime would build it from S3's JSON (the keys used here need no URL encoding). */
    private static S3Event event(String name, String key) {
        var bucket = new S3EventNotification.S3BucketEntity(S3Priming.BUCKET, new S3EventNotification.UserIdentityEntity("PRIMING"),
                "arn:aws:s3:::" + S3Priming.BUCKET);
        var object = new S3EventNotification.S3ObjectEntity(key, 1024L, "5289df737df57326fcdd22597afb1fac", null, "0055AED6DCD90281E5");
        var s3 = new S3EventNotification.S3Entity("priming", bucket, object, "1.0");
        return new S3Event(List.of(new S3EventNotification.S3EventNotificationRecord("us-east-1", name, "aws:s3",
                "2026-11-21T00:00:00.000Z", "2.1", new S3EventNotification.RequestParametersEntity("127.0.0.1"),
                new S3EventNotification.ResponseElementsEntity("cHJpbWluZw==", "PRIMING0000000000"), s3,
                new S3EventNotification.UserIdentityEntity("PRIMING"))));
    }
}
