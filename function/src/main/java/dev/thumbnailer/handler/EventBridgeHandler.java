package dev.thumbnailer.handler;

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
public abstract sealed class EventBridgeHandler extends RecordEventHandler<Map<String, Object>>
        permits EventBridgeThumbnailHandler, EventBridgeCleanupHandler, EventBridgeHandler.OverComponents {

    EventBridgeHandler(EventKind kind, Map<String, String> env, Consumer<String> logSink) {
        this(kind, FunctionComponents.fromEnvironment(env), logSink);
    }

    /** A handler of {@code kind} over components built by the caller (tests). */
    public static EventBridgeHandler over(EventKind kind, FunctionComponents components, Consumer<String> logSink) {
        return new OverComponents(kind, components, logSink);
    }

    private EventBridgeHandler(EventKind kind, FunctionComponents components, Consumer<String> logSink) {
        super(kind, components, logSink);
    }

    @Override
    List<EventRecord> records(Map<String, Object> event) {
        return EventBridgeRecords.from(event);
    }

    static final class OverComponents extends EventBridgeHandler {
        private OverComponents(EventKind kind, FunctionComponents components, Consumer<String> logSink) {
            super(kind, components, logSink);
        }
    }
}
