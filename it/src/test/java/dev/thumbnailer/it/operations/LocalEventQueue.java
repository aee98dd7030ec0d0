package dev.thumbnailer.it.operations;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An SQS queue and its Lambda event source mapping, in this JVM, as far as the burst design relies
 * on them: messages are received oldest first, by at most {@code instances} handler instances at
 * once (ScalingConfig.MaximumConcurrency), one message per invocation; a message reported in
 * {@code batchItemFailures}, or whose invocation threw, becomes visible again at the back of the
 * queue, and after {@code maxReceiveCount} receptions is redriven to the dead-letter list.
 */
final class LocalEventQueue {

    record Message(String id, String body, int receiveCount) {
    }

    private final LinkedBlockingDeque<Message> visible = new LinkedBlockingDeque<>();
    private final ConcurrentLinkedQueue<Message> deadLetters = new ConcurrentLinkedQueue<>();
    private final List<String> receptions = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private final int maxReceiveCount;
    private volatile boolean producing;

    LocalEventQueue(int maxReceiveCount) {
        this.maxReceiveCount = maxReceiveCount;
    }

    /** While producing, pollers wait for more messages instead of stopping at an empty queue. */
    void producing(boolean producing) {
        this.producing = producing;
    }

    String send(String body) {
        String id = "msg-" + ids.incrementAndGet();
        visible.add(new Message(id, body, 0));
        return id;
    }

    /** {@code aws sqs start-message-move-task}: every dead letter back to the source queue, its receive count reset. */
    int moveDeadLettersBack() {
        int moved = 0;
        for (Message m; (m = deadLetters.poll()) != null; moved++) {
            visible.add(new Message(m.id(), m.body(), 0));
        }
        return moved;
    }

    /**
     * Runs {@code instances} pollers, each with its own handler (a container of its own), until the
     * queue has been empty with nothing in flight; returns each instance's message count.
     */
    List<Integer> drain(int instances, Supplier<RequestHandler<SQSEvent, SQSBatchResponse>> newInstance, Duration limit) throws InterruptedException {
        return drain(instances, newInstance, limit, () -> { });
    }

    /** As {@link #drain(int, Supplier, Duration)}, running {@code producer} on this thread meanwhile (the queue counts as producing until it returns). */
    List<Integer> drain(int instances, Supplier<RequestHandler<SQSEvent, SQSBatchResponse>> newInstance, Duration limit, Runnable producer)
            throws InterruptedException {
        producing(true);
        List<Thread> pollers = start(instances, newInstance);
        try {
            producer.run();
        } finally {
            producing(false);
        }
        return await(pollers, limit);
    }

    private List<Integer> handledCounts = new CopyOnWriteArrayList<>();

    private List<Thread> start(int instances, Supplier<RequestHandler<SQSEvent, SQSBatchResponse>> newInstance) {
        handledCounts = new CopyOnWriteArrayList<>();
        List<Thread> pollers = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            RequestHandler<SQSEvent, SQSBatchResponse> handler = newInstance.get();
            List<Integer> counts = handledCounts;
            pollers.add(Thread.ofPlatform().name("instance-" + i).start(() -> counts.add(poll(handler))));
        }
        return pollers;
    }

    private List<Integer> await(List<Thread> pollers, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (Thread poller : pollers) {
            poller.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (poller.isAlive()) {
                throw new AssertionError("queue not drained within " + limit + ": " + visible.size() + " messages left");
            }
        }
        return List.copyOf(handledCounts);
    }

    private int poll(RequestHandler<SQSEvent, SQSBatchResponse> handler) {
        int handled = 0;
        while (true) {
            Message message;
            try {
                message = visible.pollFirst(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return handled;
            }
            if (message == null) {
                if (!producing && inFlight.get() == 0 && visible.isEmpty()) {
                    return handled;
                }
                continue;
            }
            peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            receptions.add(message.id());
            boolean failed = invoke(handler, message);
            handled++;
            if (failed) {
                Message again = new Message(message.id(), message.body(), message.receiveCount() + 1);
                (again.receiveCount() >= maxReceiveCount ? deadLetters : visible).add(again);
            }
            inFlight.decrementAndGet();
        }
    }

    private static boolean invoke(RequestHandler<SQSEvent, SQSBatchResponse> handler, Message message) {
        SQSEvent.SQSMessage sqs = new SQSEvent.SQSMessage();
        sqs.setMessageId(message.id());
        sqs.setBody(message.body());
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(sqs));
        try {
            Set<String> failed = handler.handleRequest(event, null).getBatchItemFailures().stream()
                    .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).collect(Collectors.toSet());
            return failed.contains(message.id());
        } catch (RuntimeException e) {
            return true; // the whole invocation failed: Lambda makes the batch visible again
        }
    }

    int peakInFlight() {
        return peakInFlight.get();
    }

    /** Message ids in the order they were received (first receptions and redeliveries). */
    List<String> receptions() {
        return receptions;
    }

    List<Message> deadLetters() {
        return List.copyOf(deadLetters);
    }

    boolean isEmpty() {
        return visible.isEmpty() && inFlight.get() == 0;
    }
}
