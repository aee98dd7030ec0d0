package dev.thumbnailer.handler;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What both S3-notification functions are: S3's records (keys form-URL-encoded) handed to the
 * shared {@link RecordEdge} for one {@link EventKind}. The concrete handlers only name their kind
 * and give the Lambda runtime the constructors it needs.
 */
public abstract sealed class S3EventHandler extends RecordEventHandler<S3Event>
        permits ThumbnailHandler, CleanupHandler, S3EventHandler.OverComponents {

    S3EventHandler(EventKind kind, Map<String, String> env, Consumer<String> logSink) {
        this(kind, FunctionComponents.fromEnvironment(env), logSink);
    }

    /** A handler of {@code kind} over components built by the caller (tests that wrap the store, the local runner). */
    public static S3EventHandler over(EventKind kind, FunctionComponents components, Consumer<String> logSink) {
        return new OverComponents(kind, components, logSink);
    }

    private S3EventHandler(EventKind kind, FunctionComponents components, Consumer<String> logSink) {
        super(kind, components, logSink);
    }

    @Override
    List<EventRecord> records(S3Event event) {
        return recordsOf(event);
    }

    static final class OverComponents extends S3EventHandler {
        private OverComponents(EventKind kind, FunctionComponents components, Consumer<String> logSink) {
            super(kind, components, logSink);
        }
    }

    /** S3's records as the edge takes them; the keys stay encoded until the edge decodes them. */
    static List<EventRecord> recordsOf(S3Event event) {
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        return records.stream()
                .map(r -> new EventRecord(r.getEventName(), r.getS3().getBucket().getName(), r.getS3().getObject().getKey(), true))
                .toList();
    }
}
