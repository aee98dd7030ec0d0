package dev.thumbnailer.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Builds S3 event notification JSON exactly as S3 sends it (event version 2.1, keys form-URL
 * encoded with '/' kept), and turns JSON into {@link S3Event} with the serializer the Lambda Java
 * runtime itself uses, so what tests and the local runner deliver is what Lambda would.
 */
public final class S3Events {

    /** One record of an event. {@code eventName} like {@code ObjectCreated:Put}; size/eTag may be absent (0, null) for removals. */
    public record Notification(String eventName, String bucket, String key, long size, String eTag) {
    }

    private static final AtomicLong SEQUENCER = new AtomicLong(0x0055AED6DCD90281E5L);
    private static final PojoSerializer<S3Event> SERIALIZER = LambdaEventSerializers.serializerFor(S3Event.class, S3Events.class.getClassLoader());

    private S3Events() {
    }

    /** S3's encoding of a key in notifications: form URL encoding (space as '+'), with '/' left as is. */
    public static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    public static String json(Notification... records) {
        return json(List.of(records));
    }

    public static String json(List<Notification> records) {
        return records.stream().map(S3Events::record).collect(Collectors.joining(",\n", "{\n  \"Records\": [\n", "\n  ]\n}\n"));
    }

    /** Parses event JSON as the Lambda Java runtime does. */
    public static S3Event parse(String json) {
        return SERIALIZER.fromJson(json);
    }

    public static S3Event event(Notification... records) {
        return parse(json(records));
    }

    private static String record(Notification n) {
        String object = "\"key\": " + quote(encodeKey(n.key()))
                + (n.eventName().startsWith("ObjectRemoved") ? "" : ", \"size\": " + n.size() + ", \"eTag\": " + quote(n.eTag() == null ? "" : n.eTag()))
                + ", \"sequencer\": " + quote(HexFormat.of().toHexDigits(SEQUENCER.incrementAndGet()).toUpperCase(Locale.ROOT));
        return """
                    {
                      "eventVersion": "2.1",
                      "eventSource": "aws:s3",
                      "awsRegion": "%s",
                      "eventTime": "%s",
                      "eventName": "%s",
                      "userIdentity": {"principalId": "AWS:EXAMPLE"},
                      "requestParameters": {"sourceIPAddress": "127.0.0.1"},
                      "responseElements": {"x-amz-request-id": "C3D13FE58DE4C810", "x-amz-id-2": "FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD"},
                      "s3": {
                        "s3SchemaVersion": "1.0",
                        "configurationId": "local",
                        "bucket": {"name": "%s", "ownerIdentity": {"principalId": "EXAMPLE"}, "arn": "arn:aws:s3:::%s"},
                        "object": {%s}
                      }
                    }""".formatted(EmbeddedS3.REGION, Instant.now(), n.eventName(), n.bucket(), n.bucket(), object)
                .replace("\n", "\n    ").stripTrailing();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
