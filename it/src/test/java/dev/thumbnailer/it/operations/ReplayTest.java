package dev.thumbnailer.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thumbnailer.handler.EventKind;
import dev.thumbnailer.handler.QueuedEventHandler;
import dev.thumbnailer.handler.S3EventHandler;
import dev.thumbnailer.local.S3Events;
import dev.thumbnailer.local.replay.FailedEventReplay;
import dev.thumbnailer.storage.StorageException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replaying the failure queue by hand: its messages (an S3 notification redriven from an event
 * queue, and Lambda's on-failure record of an asynchronous invocation) go through the replay
 * command, whose output lines are sent to the event queue and handled: the uploads whose events
 * had failed get their thumbnails.
 */
class ReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = LocalStack.start("replay-bucket");
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void failureQueueMessages_replayedThroughTheEventQueue_completeTheFailedUploads() throws Exception {
        Set<String> unreachable = ConcurrentHashMap.newKeySet();
        unreachable.addAll(List.of("async/a.jpg", "redriven/b.jpg"));
        stack.put("async/a.jpg", LocalStack.jpeg(64, 48, 1));
        stack.put("redriven/b.jpg", LocalStack.jpeg(64, 48, 2));
        String asyncEvent = S3Events.json(new S3Events.Notification("ObjectCreated:Put", stack.bucket, "async/a.jpg", 1, "etag"));
        S3EventHandler direct = S3EventHandler.over(EventKind.CREATED, stack.components("ThumbnailFunction", s -> new UnreachableStore(s, unreachable)), l -> { });
        StorageException failure = assertThrows(StorageException.class, () -> direct.handle(S3Events.parse(asyncEvent), null));
        String redriven = S3Events.json(new S3Events.Notification("ObjectCreated:Put", stack.bucket, "redriven/b.jpg", 1, "etag"));
        String received = receiveMessageOutput(onFailureRecord(asyncEvent, failure.getMessage()), redriven, "{\"unrelated\":true}");
        unreachable.clear();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = FailedEventReplay.run(new ByteArrayInputStream(received.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        LocalEventQueue eventQueue = new LocalEventQueue(5);
        out.toString(StandardCharsets.UTF_8).lines().forEach(eventQueue::send);
        eventQueue.drain(2, () -> new QueuedEventHandler(stack.components("ThumbnailFunction", s -> s), l -> { }), Duration.ofMinutes(2));

        assertEquals(1, status, "the unrelated message is reported");
        assertEquals(2, eventQueue.receptions().size());
        assertTrue(stack.head("thumbnails/small/async/a.jpg").isPresent());
        assertTrue(stack.head("thumbnails/small/redriven/b.jpg").isPresent());
    }

    /** What Lambda sends to an on-failure destination when an asynchronous invocation exhausted its retries. */
    private static String onFailureRecord(String event, String error) throws Exception {
        ObjectNode record = JSON.createObjectNode();
        record.put("version", "1.0");
        record.put("timestamp", "2026-12-01T23:00:00.000Z");
        ObjectNode context = record.putObject("requestContext");
        context.put("requestId", "e4b46cbf-b738-xmpl-8880-a18cdf61200e");
        context.put("functionArn", "arn:aws:lambda:us-east-1:123456789012:function:stack-ThumbnailFunction:live");
        context.put("condition", "RetriesExhausted");
        context.put("approximateInvokeCount", 3);
        record.set("requestPayload", JSON.readTree(event));
        ObjectNode response = record.putObject("responseContext");
        response.put("statusCode", 200);
        response.put("executedVersion", "1");
        response.put("functionError", "Unhandled");
        record.putObject("responsePayload").put("errorMessage", error);
        return JSON.writeValueAsString(record);
    }

    private static String receiveMessageOutput(String... bodies) throws Exception {
        ObjectNode output = JSON.createObjectNode();
        ArrayNode messages = output.putArray("Messages");
        for (int i = 0; i < bodies.length; i++) {
            ObjectNode message = messages.addObject();
            message.put("MessageId", "m-" + i);
            message.put("ReceiptHandle", "r-" + i);
            message.put("Body", bodies[i]);
        }
        return JSON.writeValueAsString(output);
    }
}
