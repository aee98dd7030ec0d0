package dev.thumbnailer.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.thumbnailer.service.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Both functions behind the event queues: S3 sends its notifications to SQS, Lambda polls the
 * queue with at most MaxConcurrency instances, and each message body is an S3 notification handed
 * to the shared {@link RecordEdge} of its record's {@link EventKind}. Only the messages that failed
 * are reported back ({@code ReportBatchItemFailures}): SQS makes just those visible again, and
 * after maxReceiveCount receptions redrives them to the failure queue. S3's test event is ignored;
 * a malformed body is a logged rejection, not a failure, since retrying cannot fix it.
 */
public final class QueuedEventHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final RecordEdge created;
    private final RecordEdge removed;
    private final OutcomeLog log;
    private final SnapStartPriming priming;

    /** Used by the Lambda runtime: everything is built here, once per container. */
    public QueuedEventHandler() {
        this(System.getenv(), RecordEventHandler.STDOUT);
    }

    /** Built from an explicit environment, log lines to {@code logSink}: what the local runner uses. */
    public QueuedEventHandler(Map<String, String> env, Consumer<String> logSink) {
        this(FunctionComponents.fromEnvironment(env), logSink);
    }

    /** Over components built by the caller (tests, load runs). */
    public QueuedEventHandler(FunctionComponents components, Consumer<String> logSink) {
        this.log = OutcomeLog.withMetrics(components.settings(), logSink);
        this.created = new RecordEdge(EventKind.CREATED, components.thumbnails(), log);
        this.removed = new RecordEdge(EventKind.REMOVED, components.thumbnails(), log);
        this.priming = SnapStartPriming.register(components); // held here: the CRaC context may hold it weakly
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> messages = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : messages) {
            try {
                handle(message, context);
            } catch (RuntimeException e) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId())); // logged by the edge
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** The S3 notification a message carries, handled directly: what the local runner delivers. */
    public List<Outcome> handle(S3Event event, Context context) {
        return process(S3EventHandler.recordsOf(event), context);
    }

    private void handle(SQSEvent.SQSMessage message, Context context) {
        switch (QueueMessage.parse(message.getBody())) {
            case QueueMessage.Records r -> process(r.records(), context);
            case QueueMessage.TestEvent t -> { } // S3 checking that it may write to the queue
            case QueueMessage.Malformed m -> log.malformedMessage(message.getMessageId(), m.reason(), requestId(context));
        }
    }

    /** Each record to the edge of its kind (others to the create edge, which skips them); the first failure rethrown after all ran. */
    private List<Outcome> process(List<EventRecord> records, Context context) {
        return EveryRecord.run(records, record -> (EventKind.REMOVED.matches(record.eventName()) ? removed : created)
                .processAll(List.of(record), context));
    }

    private static String requestId(Context context) {
        return context == null ? null : context.getAwsRequestId();
    }
}
