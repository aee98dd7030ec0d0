package dev.thumbnailer.local.web;

import dev.thumbnailer.local.S3Events;
import dev.thumbnailer.local.lambda.LocalFunctions;
import dev.thumbnailer.service.Outcome;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * S3 event notifications delivered as S3 delivers them to Lambda: asynchronously, one event per
 * object change, keys URL-encoded, to the function template.yaml routes the event name to, with
 * Lambda's two retries of an asynchronous invocation that failed. Notifications are queued as the
 * server reports them and wait in the queue until the functions are loaded, so none is lost.
 */
public final class EventDelivery implements Consumer<S3Events.Notification>, AutoCloseable {

    /** Lambda's default for asynchronous invocations, and the template's MaximumRetryAttempts. */
    static final int RETRIES = 2;

    private final BlockingQueue<S3Events.Notification> queue = new LinkedBlockingQueue<>();
    private final PrintStream out;
    private ExecutorService workers;

    public EventDelivery(PrintStream out) {
        this.out = out;
    }

    @Override
    public void accept(S3Events.Notification notification) {
        queue.add(notification);
    }

    /** Starts delivering, queued notifications first, with {@code concurrency} events in flight at most. */
    public synchronized void start(LocalFunctions functions, int concurrency) {
        workers = Executors.newFixedThreadPool(concurrency, Thread.ofPlatform().daemon().name("s3-events-", 1).factory());
        for (int i = 0; i < concurrency; i++) {
            workers.submit(() -> drain(functions));
        }
    }

    private void drain(LocalFunctions functions) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                deliver(functions, queue.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(LocalFunctions functions, S3Events.Notification notification) throws InterruptedException {
        for (int attempt = 0; attempt <= RETRIES; attempt++) {
            try {
                List<Outcome> outcomes = functions.deliver(S3Events.event(notification));
                // Skipped records (the thumbnails' own events, as with an empty UploadPrefix in AWS) are noise here.
                outcomes.stream().filter(o -> !(o instanceof Outcome.Skipped)).forEach(o -> out.println(line(notification, o)));
                return;
            } catch (RuntimeException e) {
                out.println("! " + notification.eventName() + " " + notification.key() + " failed (attempt " + (attempt + 1) + "): " + e.getMessage());
                if (attempt < RETRIES) {
                    Thread.sleep(1000L << attempt);
                }
            }
        }
        out.println("! " + notification.eventName() + " " + notification.key() + " given up after " + (RETRIES + 1)
                + " attempts (in AWS it would go to FailedEventsQueue)");
    }

    private static String line(S3Events.Notification n, Outcome outcome) {
        String what = switch (outcome) {
            case Outcome.Thumbnailed t -> "thumbnailed: " + t.derivativeKeys().size() + " sizes";
            case Outcome.Rejected r -> "rejected: " + r.rejection().reason();
            case Outcome.Cleaned c -> "cleaned " + c.derivativeKeys().size() + " derivatives";
            case Outcome.Skipped s -> "skipped: " + s.reason();
        };
        return n.eventName() + " " + n.key() + " -> " + what;
    }

    @Override
    public synchronized void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
