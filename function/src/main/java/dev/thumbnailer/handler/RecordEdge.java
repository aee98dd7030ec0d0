package dev.thumbnailer.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.thumbnailer.image.Rejection;
import dev.thumbnailer.service.Outcome;
import dev.thumbnailer.service.SourceObject;
import dev.thumbnailer.service.ThumbnailService;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The edge every entry point shares: each record of an event becomes a {@link SourceObject} (its
 * key decoded once, strictly), goes to the service, and ends in one log line, whatever happens to
 * the others. A bad record is a logged outcome; an infrastructure failure is logged, the remaining
 * records still run, and the first failure is rethrown at the end so Lambda retries the event
 * (safe: every operation is idempotent).
 */
final class RecordEdge {

    private final EventKind kind;
    private final Function<SourceObject, Outcome> action;
    private final OutcomeLog log;

    RecordEdge(EventKind kind, ThumbnailService service, OutcomeLog log) {
        this.kind = kind;
        this.action = switch (kind) {
            case CREATED -> service::created;
            case REMOVED -> service::removed;
        };
        this.log = log;
    }

    List<Outcome> processAll(List<EventRecord> records, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        return EveryRecord.run(records, record -> {
            long start = System.nanoTime();
            try {
                Outcome outcome = handle(record);
                log.log(outcome, requestId);
                return List.of(outcome);
            } catch (RuntimeException e) {
                log.failure(record.bucket(), record.key(), e, requestId, (System.nanoTime() - start) / 1_000_000);
                throw e;
            }
        });
    }

    private Outcome handle(EventRecord record) {
        if (!kind.matches(record.eventName())) {
            return new Outcome.Skipped(record.bucket(), record.key(), "event " + Objects.requireNonNullElse(record.eventName(), "") + " is not " + kind.wildcard(), 0);
        }
        String key = record.key();
        if (record.urlEncoded()) {
            try {
                key = KeyDecoder.decode(key);
            } catch (IllegalArgumentException e) {
                return new Outcome.Rejected(record.bucket(), key, new Rejection.MalformedKey(key, e.getMessage()), 0);
            }
        }
        return action.apply(new SourceObject(record.bucket(), key));
    }

    static String summary(List<Outcome> outcomes) {
        return "records=" + outcomes.size() + " thumbnailed=" + count(outcomes, o -> o instanceof Outcome.Thumbnailed)
                + " cleaned=" + count(outcomes, o -> o instanceof Outcome.Cleaned)
                + " rejected=" + count(outcomes, o -> o instanceof Outcome.Rejected)
                + " skipped=" + count(outcomes, o -> o instanceof Outcome.Skipped);
    }

    private static long count(List<Outcome> outcomes, Predicate<Outcome> which) {
        return outcomes.stream().filter(which).count();
    }
}
