package dev.thumbnailer.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.handler.QueuedEventHandler;
import dev.thumbnailer.local.S3Events;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The burst design against the local stack: a burst of uploads far larger than the bound waits in
 * the event queue and is drained, oldest first, by at most MaxConcurrency handler instances; an
 * event that keeps failing is redriven to the failure queue after maxReceiveCount receptions, and
 * replaying the failure queue (a message move back to the source queue) completes it.
 */
class BurstDrainTest {

    private static final int BOUND = 3;
    private static final int BURST = 45;
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = LocalStack.start("burst-bucket");
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void burstFifteenTimesTheBound_drainsInArrivalOrderWithAtMostBoundInstancesAndLosesNothing() throws InterruptedException {
        LocalEventQueue queue = new LocalEventQueue(5);
        List<String> sent = new ArrayList<>();
        sent.add(queue.send("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"burst-bucket\"}"));
        for (int i = 0; i < BURST; i++) {
            String key = "burst/" + i + ".jpg";
            stack.put(key, LocalStack.jpeg(64, 48, i));
            sent.add(queue.send(notification("ObjectCreated:Put", key)));
        }
        sent.add(queue.send("not json at all"));

        List<Integer> perInstance = queue.drain(BOUND, () -> new QueuedEventHandler(stack.components("ThumbnailFunction", s -> s), line -> { }), LIMIT);

        assertTrue(queue.peakInFlight() <= BOUND, "peak " + queue.peakInFlight());
        assertEquals(BOUND, perInstance.size());
        assertEquals(sent, queue.receptions(), "received oldest first, each once");
        assertEquals(List.of(), queue.deadLetters());
        for (int i = 0; i < BURST; i++) {
            assertTrue(stack.head("thumbnails/small/burst/" + i + ".jpg").isPresent(), "burst/" + i + ".jpg has thumbnails");
        }
    }

    @Test
    void eventFailingEveryTime_isRedrivenAfterFiveReceptions_andReplayingTheFailureQueueCompletesIt() throws InterruptedException {
        LocalEventQueue queue = new LocalEventQueue(5);
        Set<String> unreachable = ConcurrentHashMap.newKeySet();
        unreachable.add("replay/broken.jpg");
        stack.put("replay/broken.jpg", LocalStack.jpeg(64, 48, 1));
        stack.put("replay/fine.jpg", LocalStack.jpeg(64, 48, 2));
        queue.send(notification("ObjectCreated:Put", "replay/broken.jpg"));
        queue.send(notification("ObjectCreated:Put", "replay/fine.jpg"));

        queue.drain(BOUND, () -> new QueuedEventHandler(stack.components("ThumbnailFunction", s -> new UnreachableStore(s, unreachable)), l -> { }), LIMIT);
        assertEquals(1, queue.deadLetters().size());
        assertEquals(5, queue.deadLetters().getFirst().receiveCount());
        assertTrue(stack.head("thumbnails/small/replay/fine.jpg").isPresent());
        assertTrue(stack.head("thumbnails/small/replay/broken.jpg").isEmpty());
        unreachable.clear();

        int moved = queue.moveDeadLettersBack();
        queue.drain(BOUND, () -> new QueuedEventHandler(stack.components("ThumbnailFunction", s -> new UnreachableStore(s, unreachable)), l -> { }), LIMIT);

        assertEquals(1, moved);
        assertEquals(List.of(), queue.deadLetters());
        assertTrue(stack.head("thumbnails/small/replay/broken.jpg").isPresent());
    }

    static String notification(String eventName, String key) {
        return S3Events.json(new S3Events.Notification(eventName, stack.bucket, key, 1, "etag"));
    }
}
