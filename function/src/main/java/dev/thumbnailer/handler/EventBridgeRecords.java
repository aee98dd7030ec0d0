package dev.thumbnailer.handler;

import java.util.List;
import java.util.Map;

/**
 * An EventBridge event from S3 ({@code source} {@code aws.s3}) as the edge takes it: one event is
 * one record, named by its {@code detail-type}, the key in {@code detail.object.key}.
 *
 * <p>The key is taken as is, never decoded. S3's own notifications say their keys are URL-encoded
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html:
 * "The object key name value is URL encoded"); the EventBridge message structure page
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html) makes no such statement
 * for {@code detail.object.key}, and real events carry keys raw: a key with {@code :} arrives with
 * {@code :}, where a notification sends {@code %3A}. Decoding such a key would turn {@code +} into
 * a space and reject a literal {@code %}.
 */
final class EventBridgeRecords {

    static final String S3_SOURCE = "aws.s3";

    private EventBridgeRecords() {
    }

    /** The event's one record; none for a missing event or one from another source (nothing to act on). */
    static List<EventRecord> from(Map<String, Object> event) {
        if (event == null || !S3_SOURCE.equals(event.get("source"))) {
            return List.of();
        }
        Map<?, ?> detail = map(event.get("detail"));
        String bucket = string(map(detail.get("bucket")).get("name"));
        String key = string(map(detail.get("object")).get("key"));
        if (bucket == null || key == null) {
            throw new IllegalArgumentException("EventBridge event from aws.s3 without detail.bucket.name or detail.object.key: " + event.get("id"));
        }
        return List.of(new EventRecord(string(event.get("detail-type")), bucket, key, false));
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> m ? m : Map.of();
    }

    private static String string(Object value) {
        return value instanceof String s ? s : null;
    }
}
