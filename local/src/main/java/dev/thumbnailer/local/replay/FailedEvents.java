package dev.thumbnailer.local.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The original events inside the failure queue's messages, ready to send again (every operation
 * is idempotent, so a replay is safe however often it runs). The queue holds two kinds:
 * <ul>
 *   <li>S3 notifications redriven from an event queue after maxReceiveCount receptions: the body is
 *       the event itself. {@code aws sqs start-message-move-task} returns those to their queue;
 *       this class handles them too, for a replay by hand.</li>
 *   <li>Lambda's on-failure records of asynchronous invocations (retries exhausted, or the event
 *       too old): the event is the record's {@code requestPayload}. These were never in a source
 *       queue, so they are replayed by sending that payload to the event queue (or invoking the
 *       function with it).</li>
 * </ul>
 */
public final class FailedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FailedEvents() {
    }

    /** The event a failure-queue message body carries, as JSON; empty when the body is neither kind (nothing to replay). */
    public static Optional<String> originalEvent(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (root != null && root.has("requestPayload") && root.has("requestContext")) {
            root = root.get("requestPayload");
        }
        return root != null && root.path("Records").isArray() ? Optional.of(root.toString()) : Optional.empty();
    }

    /** Every message body of an {@code aws sqs receive-message} answer ({@code {"Messages": [{"Body": ...}, ...]}}). */
    public static List<String> bodies(String receiveMessageOutput) throws JsonProcessingException {
        List<String> bodies = new ArrayList<>();
        JSON.readTree(receiveMessageOutput).path("Messages").forEach(m -> bodies.add(m.path("Body").asText()));
        return bodies;
    }
}
