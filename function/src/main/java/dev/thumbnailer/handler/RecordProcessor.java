package dev.thumbnailer.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import dev.thumbnailer.image.Rejection;
import dev.thumbnailer.service.Outcome;
import dev.thumbnailer.service.SourceObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The loop both handlers share: every record of the event is handled, whatever happens to the
 * others. A bad record is a logged outcome; an infrastructure failure is logged, the remaining
 * records still run, and the first failure is rethrown at the end so Lambda retries the event
 * (safe: every operation is idempotent).
 */
final class RecordProcessor {

    private final String eventPrefix;
    private final Function<SourceObject, Outcome> action;
    private final OutcomeLog log;

    /** @param eventPrefix the event names this handler acts on, e.g. {@code ObjectCreated:} */
    RecordProcessor(String eventPrefix, Function<SourceObject, Outcome> action, OutcomeLog log) {
        this.eventPrefix = eventPrefix;
        this.action = action;
        this.log = log;
    }

    List<Outcome> processAll(S3Event event, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        List<Outcome> outcomes = new ArrayList<>();
        RuntimeException failure = null;
        for (S3EventNotificationRecord record : records) {
            String bucket = record.getS3().getBucket().getName();
            String rawKey = record.getS3().getObject().getKey();
            try {
                Outcome outcome = handle(record, bucket, rawKey);
                log.log(outcome, requestId);
                outcomes.add(outcome);
            } catch (RuntimeException e) {
                log.failure(bucket, rawKey, e, requestId);
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return outcomes;
    }

    private Outcome handle(S3EventNotificationRecord record, String bucket, String rawKey) {
        String eventName = Optional.ofNullable(record.getEventName()).orElse("");
        if (!eventName.startsWith(eventPrefix) && !eventName.startsWith("s3:" + eventPrefix)) {
            return new Outcome.Skipped(bucket, rawKey, "event " + eventName + " is not " + eventPrefix + "*", 0);
        }
        String key;
        try {
            key = KeyDecoder.decode(rawKey);
        } catch (IllegalArgumentException e) {
            return new Outcome.Rejected(bucket, rawKey, new Rejection.MalformedKey(rawKey, e.getMessage()), 0);
        }
        return action.apply(new SourceObject(bucket, key));
    }

    static String summary(List<Outcome> outcomes) {
        long thumbnailed = outcomes.stream().filter(o -> o instanceof Outcome.Thumbnailed).count();
        long cleaned = outcomes.stream().filter(o -> o instanceof Outcome.Cleaned).count();
        long rejected = outcomes.stream().filter(o -> o instanceof Outcome.Rejected).count();
        long skipped = outcomes.stream().filter(o -> o instanceof Outcome.Skipped).count();
        return "records=" + outcomes.size() + " thumbnailed=" + thumbnailed + " cleaned=" + cleaned
                + " rejected=" + rejected + " skipped=" + skipped;
    }
}
