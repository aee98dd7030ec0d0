package dev.thumbnailer.handler;

import dev.thumbnailer.json.JsonException;
import dev.thumbnailer.json.JsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one SQS message body holds: an S3 event notification (as S3 sends it to a queue: the same
 * JSON as a direct invocation, keys form-URL-encoded), S3's {@code s3:TestEvent} (sent once when
 * the notification is configured, to check the queue is writable), or something malformed, which
 * no retry can fix. An EventBridge rule targeting the queue would add a fourth shape here (its
 * {@code detail} holds the bucket and the raw key; see docs/operations.md).
 */
sealed interface QueueMessage {

    record Records(List<EventRecord> records) implements QueueMessage {
    }

    record TestEvent() implements QueueMessage {
    }

    record Malformed(String reason) implements QueueMessage {
    }

    static QueueMessage parse(String body) {
        try {
            Object json = JsonReader.parse(body == null ? "" : body);
            if (json instanceof Map<?, ?> root && "s3:TestEvent".equals(root.get("Event"))) {
                return new TestEvent();
            }
            if (!(json instanceof Map<?, ?> root) || !(root.get("Records") instanceof List<?> records)) {
                return new Malformed("the body is not an S3 event notification (no Records array)");
            }
            List<EventRecord> parsed = new ArrayList<>();
            for (Object record : records) {
                parsed.add(record(record));
            }
            return new Records(parsed);
        } catch (JsonException | IllegalArgumentException | ClassCastException e) {
            return new Malformed(e.getMessage());
        }
    }

    private static EventRecord record(Object value) {
        Map<?, ?> record = (Map<?, ?>) value;
        Map<?, ?> s3 = (Map<?, ?>) record.get("s3");
        String bucket = (String) ((Map<?, ?>) s3.get("bucket")).get("name");
        String key = (String) ((Map<?, ?>) s3.get("object")).get("key");
        if (bucket == null || key == null) {
            throw new IllegalArgumentException("a record has no s3.bucket.name or s3.object.key");
        }
        return new EventRecord((String) record.get("eventName"), bucket, key, true);
    }
}
