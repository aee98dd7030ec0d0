package dev.thumbnailer.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.thumbnailer.service.Outcome;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What both EventBridge functions are, for a bucket the stack did not create (SAM can attach S3
 * notifications only to a bucket of its own template): an EventBridge {@code Object Created} or
 * {@code Object Deleted} event, its key raw, handed to the same {@link RecordEdge} as S3's
 * notifications. The event arrives as the runtime's plain JSON map: the shape is small, and the
 * events library's {@code ScheduledEvent} would add nothing but a dependency on its field names.
 * EventBridge delivers at least once, like S3; the service's convergence makes that safe.
 */
public abstract sealed class EventBridgeHandler implements RequestHandler<Map<String, Object>, String>
        permits EventBridgeThumbnailHandler, EventBridgeCleanupHandler, EventBridgeHandler.OverComponents {

    private final RecordEdge edge;
    private final SnapStartPriming priming;

    EventBridgeHandler(EventKind kind, Map<String, String> env, Consumer<String> logSink) {
        this(kind, FunctionComponents.fromEnvironment(env), logSink);
    }

    /** A handler of {@code kind} over components built by the caller (tests). */
    public static EventBridgeHandler over(EventKind kind, FunctionComponents components, Consumer<String> logSink) {
        return new OverComponents(kind, components, logSink);
    }

    private EventBridgeHandler(EventKind kind, FunctionComponents components, Consumer<String> logSink) {
        this.edge = new RecordEdge(kind, components.thumbnails(), OutcomeLog.withMetrics(components.settings(), logSink));
        this.priming = SnapStartPriming.register(components); // held here: the CRaC context may hold it weakly
    }

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        return RecordEdge.summary(handle(event, context));
    }

    /** The outcomes themselves, for callers in the same JVM (tests, the local runner). */
    public List<Outcome> handle(Map<String, Object> event, Context context) {
        return edge.processAll(EventBridgeRecords.from(event), context);
    }

    static final class OverComponents extends EventBridgeHandler {
        private OverComponents(EventKind kind, FunctionComponents components, Consumer<String> logSink) {
            super(kind, components, logSink);
        }
    }
}
