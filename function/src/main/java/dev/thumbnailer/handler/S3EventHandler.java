package dev.thumbnailer.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import dev.thumbnailer.service.Outcome;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What both S3-notification functions are: S3's records (keys form-URL-encoded) handed to the
 * shared {@link RecordEdge} for one {@link EventKind}. The concrete handlers only name their kind
 * and give the Lambda runtime the constructors it needs.
 */
public abstract sealed class S3EventHandler implements RequestHandler<S3Event, String>
        permits ThumbnailHandler, CleanupHandler, S3EventHandler.OverComponents {

    static final Consumer<String> STDOUT = System.out::println;

    private final RecordEdge edge;
    private final SnapStartPriming priming;

    S3EventHandler(EventKind kind, Map<String, String> env, Consumer<String> logSink) {
        this(kind, FunctionComponents.fromEnvironment(env), logSink);
    }

    /** A handler of {@code kind} over components built by the caller (tests that wrap the store, the local runner). */
    public static S3EventHandler over(EventKind kind, FunctionComponents components, Consumer<String> logSink) {
        return new OverComponents(kind, components, logSink);
    }

    private S3EventHandler(EventKind kind, FunctionComponents components, Consumer<String> logSink) {
        this.edge = new RecordEdge(kind, components.thumbnails(), OutcomeLog.withMetrics(components.settings(), logSink));
        this.priming = SnapStartPriming.register(components); // held here: the CRaC context may hold it weakly
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        return RecordEdge.summary(handle(event, context));
    }

    /** The outcomes themselves, for callers in the same JVM (tests, the local runner). */
    public List<Outcome> handle(S3Event event, Context context) {
        return edge.processAll(records(event), context);
    }

    static final class OverComponents extends S3EventHandler {
        private OverComponents(EventKind kind, FunctionComponents components, Consumer<String> logSink) {
            super(kind, components, logSink);
        }
    }

    /** S3's records as the edge takes them; the keys stay encoded until the edge decodes them. */
    static List<EventRecord> records(S3Event event) {
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        return records.stream()
                .map(r -> new EventRecord(r.getEventName(), r.getS3().getBucket().getName(), r.getS3().getObject().getKey(), true))
                .toList();
    }
}
